package com.agora.events;

/** A PDF was made and stored. {@code kind} is invoice, packing_slip or shipping_label. */
public record DocumentGenerated(long orderId, long documentId, String kind, Long shipmentId, String fileName) {
}
