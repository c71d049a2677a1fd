package com.agora.events;

import java.math.BigDecimal;

/** Stock is held for the order; Fraud Detection scores it before any money moves. */
public record FraudCheckRequested(long orderId, String orderNumber, long customerId, String customerEmail,
        BigDecimal total, String currency, int unitCount, long shippingAddressId, long billingAddressId,
        Long paymentMethodId, String clientIp) {
}
