package com.agora.events;

import java.math.BigDecimal;

/** The authorization did not succeed; {@code timedOut} tells a gateway timeout from a decline. */
public record PaymentFailed(long orderId, long transactionId, BigDecimal amount, String reason, boolean timedOut) {
}
