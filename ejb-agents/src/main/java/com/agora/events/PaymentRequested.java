package com.agora.events;

import java.math.BigDecimal;

/** The order passed fraud screening; Payment authorizes its total on the customer's payment method. */
public record PaymentRequested(long orderId, String orderNumber, long merchantId, long customerId, Long paymentMethodId,
        BigDecimal amount, String currency) {
}
