package com.agora.events;

public record ReplacementPlaced(long orderId, long returnId, long replacementOrderId, String replacementOrderNumber) {
}
