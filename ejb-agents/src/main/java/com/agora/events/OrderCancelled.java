package com.agora.events;

public record OrderCancelled(long orderId, String reason) {
}
