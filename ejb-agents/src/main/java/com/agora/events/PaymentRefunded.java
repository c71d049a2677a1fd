package com.agora.events;

import java.math.BigDecimal;

/**
 * Money went back to the customer. {@code refundedInTotal} is everything refunded on the order so far, and
 * {@code fullyRefunded} says whether that equals what was captured.
 */
public record PaymentRefunded(long orderId, Long returnId, long transactionId, BigDecimal amount,
        BigDecimal refundedInTotal, boolean fullyRefunded) {
}
