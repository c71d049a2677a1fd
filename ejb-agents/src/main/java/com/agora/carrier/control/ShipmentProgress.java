package com.agora.carrier.control;

import com.agora.carrier.entity.ShipmentStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * What a carrier's report does to a shipment. Reports can arrive out of order, so one older than the last applied
 * changes nothing, and a delivered parcel stays delivered; delivery itself always counts, since it is final.
 */
public final class ShipmentProgress {

    private ShipmentProgress() {
    }

    /** The status the shipment moves to, or empty when the report changes nothing. */
    public static Optional<ShipmentStatus> after(ShipmentStatus current, Instant lastReport, String reported,
            Instant occurredAt) {
        if (current == ShipmentStatus.DELIVERED || current == ShipmentStatus.RETURNED
                || (!"delivered".equals(reported) && lastReport != null && occurredAt.isBefore(lastReport))) {
            return Optional.empty();
        }
        return Optional.of(switch (reported) {
            case "in_transit" -> ShipmentStatus.IN_TRANSIT;
            case "delivered" -> ShipmentStatus.DELIVERED;
            case "exception" -> ShipmentStatus.EXCEPTION;
            default -> throw new IllegalArgumentException("unknown tracking status '" + reported + "'");
        });
    }
}
