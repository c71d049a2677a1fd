package com.agora.carrier.control;

import com.agora.carrier.entity.ShipmentStatus;
import com.agora.kernel.lifecycle.StatusMachine;
import java.time.Instant;
import java.util.Optional;

/**
 * What a carrier's report does to a shipment. Reports can arrive out of order, so one older than the last applied
 * changes nothing, and a delivered parcel stays delivered; delivery itself always counts, since it is final.
 */
public final class ShipmentProgress {

    /**
     * A parcel may be scanned on its way any number of times and may run into a problem and recover. No code marks
     * a shipment failed or returned yet; both are final, like delivery.
     */
    public static final StatusMachine<ShipmentStatus> SHIPMENT = StatusMachine.of(ShipmentStatus.class, "shipment")
            .starting(ShipmentStatus.PENDING)
            .allow(ShipmentStatus.PENDING, ShipmentStatus.IN_TRANSIT, ShipmentStatus.EXCEPTION, ShipmentStatus.DELIVERED)
            .allow(ShipmentStatus.IN_TRANSIT, ShipmentStatus.IN_TRANSIT, ShipmentStatus.EXCEPTION,
                    ShipmentStatus.DELIVERED)
            .allow(ShipmentStatus.EXCEPTION, ShipmentStatus.IN_TRANSIT, ShipmentStatus.EXCEPTION,
                    ShipmentStatus.DELIVERED)
            .finalStatuses(ShipmentStatus.DELIVERED, ShipmentStatus.FAILED, ShipmentStatus.RETURNED)
            .build();

    private ShipmentProgress() {
    }

    /** The status the shipment moves to, or empty when the report changes nothing. */
    public static Optional<ShipmentStatus> after(ShipmentStatus current, Instant lastReport, String reported,
            Instant occurredAt) {
        if (SHIPMENT.isFinal(current)) {
            return Optional.empty();
        }
        ShipmentStatus next = switch (reported) {
            case "in_transit" -> ShipmentStatus.IN_TRANSIT;
            case "delivered" -> ShipmentStatus.DELIVERED;
            case "exception" -> ShipmentStatus.EXCEPTION;
            default -> throw new IllegalArgumentException("unknown tracking status '" + reported + "'");
        };
        boolean late = next != ShipmentStatus.DELIVERED && lastReport != null && occurredAt.isBefore(lastReport);
        return late || !SHIPMENT.allows(current, next) ? Optional.empty() : Optional.of(next);
    }
}
