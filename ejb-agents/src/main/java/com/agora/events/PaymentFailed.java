package com.agora.events;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The authorization did not succeed; {@code timedOut} tells a gateway timeout from a decline. Fraud Detection
 * counts these per customer, so the customer and the moment come along.
 */
public record PaymentFailed(long orderId, long customerId, long transactionId, BigDecimal amount, String reason,
        boolean timedOut, Instant failedAt) {
}
