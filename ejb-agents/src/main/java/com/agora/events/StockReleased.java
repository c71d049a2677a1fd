package com.agora.events;

public record StockReleased(long orderId, int units) {
}
