package com.agora.events;

import java.util.List;

public record StockUnavailable(long orderId, List<Shortage> shortages) {

    public record Shortage(long variantId, int requested, int available) {
    }
}
