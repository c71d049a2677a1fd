package com.agora.events;

import java.util.List;

public record StockReserved(long orderId, List<Allocation> allocations) {

    public record Allocation(long variantId, long warehouseId, String warehouseCode, int quantity) {
    }
}
