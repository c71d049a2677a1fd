package com.agora.events;

import java.time.Instant;

/** A carrier reported progress on a shipment. {@code status} is in_transit, delivered or exception. */
public record ShipmentTracked(long orderId, long shipmentId, String trackingNumber, String status, String location,
        String detail, Instant occurredAt) {
}
