package com.agora.order.entity;

/**
 * Lifecycle of an order; stored as the lowercase code in {@code orders.status}.
 */
public enum OrderStatus {
    /** Placed; the Inventory agent is reserving stock. */
    PENDING,
    /** Stock is held; fraud screening and payment authorization run. */
    RESERVED,
    /** Fraud Detection asked for a person to decide. */
    UNDER_REVIEW,
    /** Payment authorized: the order is to be fulfilled. */
    CONFIRMED,
    /** Some parcels have shipments, others are still in the warehouse. */
    PROCESSING,
    SHIPPED,
    DELIVERED,
    /** Stock unavailable or fraud rejected. */
    REJECTED,
    PAYMENT_FAILED,
    CANCELLED,
    REFUNDED
}
