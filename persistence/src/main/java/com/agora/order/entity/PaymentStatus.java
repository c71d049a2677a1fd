package com.agora.order.entity;

/**
 * Where the money of an order stands; stored as the lowercase code in {@code orders.payment_status}.
 */
public enum PaymentStatus {
    PENDING,
    AUTHORIZED,
    PAID,
    FAILED,
    VOIDED,
    REFUNDED,
    PARTIALLY_REFUNDED
}
