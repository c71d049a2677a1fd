package com.agora.order.entity;

/**
 * Lifecycle of an order; stored as the lowercase code in {@code orders.status}.
 */
public enum OrderStatus {
    PENDING,
    CONFIRMED,
    REJECTED,
    PROCESSING,
    SHIPPED,
    DELIVERED,
    CANCELLED,
    REFUNDED
}
