package com.agora.events;

/** The order shipped: its reservations became sales, and the units left the warehouses. */
public record StockConsumed(long orderId, int units) {
}
