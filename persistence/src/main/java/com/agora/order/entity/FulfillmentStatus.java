package com.agora.order.entity;

/**
 * Where the goods of an order stand; stored as the lowercase code in {@code orders.fulfillment_status}.
 */
public enum FulfillmentStatus {
    UNFULFILLED,
    PARTIALLY_FULFILLED,
    FULFILLED,
    RETURNED
}
