package com.agora.events;

/** An exchange was approved: the Order agent places a replacement order at no charge. */
public record ReplacementRequested(long orderId, long returnId, String returnNumber, long variantId, int quantity) {
}
