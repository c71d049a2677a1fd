package com.agora.events;

public record StockRestocked(long orderId, long returnId, long variantId, long warehouseId, int quantity) {
}
