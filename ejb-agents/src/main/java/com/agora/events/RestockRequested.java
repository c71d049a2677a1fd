package com.agora.events;

/** A returned unit passed inspection: Inventory puts it back on hand in the warehouse it shipped from. */
public record RestockRequested(long orderId, long returnId, String returnNumber, long variantId, long warehouseId,
        int quantity) {
}
