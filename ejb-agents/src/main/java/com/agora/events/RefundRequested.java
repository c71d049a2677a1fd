package com.agora.events;

import java.math.BigDecimal;

/**
 * Returns (or an admin through Payment) asks Payment to give money back on a captured order; {@code returnId}
 * links the refund to its RMA. The customer's contact, as the order recorded it, travels on to the
 * {@link PaymentRefunded} that tells the customer.
 */
public record RefundRequested(long orderId, CustomerContact customer, Long returnId, BigDecimal amount,
        String reason) {
}
