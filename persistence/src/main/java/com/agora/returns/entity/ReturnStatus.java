package com.agora.returns.entity;

/**
 * Where a return stands, stored as the lowercase code in {@code returns.status}; the Returns agent's
 * {@code ReturnLifecycle} says which step may follow which.
 */
public enum ReturnStatus {
    REQUESTED,
    APPROVED,
    REJECTED,
    RECEIVED,
    INSPECTED,
    REFUNDED,
    REFUND_FAILED,
    COMPLETED,
    CANCELLED
}
