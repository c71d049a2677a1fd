package com.agora.events;

import java.math.BigDecimal;

/**
 * Money went back to the customer. {@code refundedInTotal} is everything refunded on the order so far, and
 * {@code fullyRefunded} says whether that equals what was captured. The order's number, customer, contact and
 * currency come along so the customer can be told without asking the Order or the Customer agent.
 */
public record PaymentRefunded(long orderId, String orderNumber, long customerId, CustomerContact customer,
        String currency, Long returnId,
        long transactionId, BigDecimal amount, BigDecimal refundedInTotal, boolean fullyRefunded) {
}
