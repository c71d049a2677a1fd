package com.agora.events;

import java.math.BigDecimal;

/** Returns asks Payment to give money back on a captured order; {@code returnId} links the refund to its RMA. */
public record RefundRequested(long orderId, Long returnId, BigDecimal amount, String reason) {
}
