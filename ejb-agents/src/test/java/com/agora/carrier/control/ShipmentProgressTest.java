package com.agora.carrier.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.carrier.entity.ShipmentStatus;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShipmentProgressTest {

    private static final Instant MORNING = Instant.parse("2025-11-20T08:00:00Z");
    private static final Instant NOON = Instant.parse("2025-11-20T12:00:00Z");

    @Test
    void reportsMoveAShipmentOn() {
        assertEquals(Optional.of(ShipmentStatus.IN_TRANSIT),
                ShipmentProgress.after(ShipmentStatus.PENDING, null, "in_transit", MORNING));
        assertEquals(Optional.of(ShipmentStatus.EXCEPTION),
                ShipmentProgress.after(ShipmentStatus.IN_TRANSIT, MORNING, "exception", NOON));
        assertEquals(Optional.of(ShipmentStatus.DELIVERED),
                ShipmentProgress.after(ShipmentStatus.EXCEPTION, MORNING, "delivered", NOON));
    }

    @Test
    void aLateReportDoesNotUndoANewerOneButDeliveryAlwaysCounts() {
        assertTrue(ShipmentProgress.after(ShipmentStatus.EXCEPTION, NOON, "in_transit", MORNING).isEmpty());
        assertEquals(Optional.of(ShipmentStatus.DELIVERED),
                ShipmentProgress.after(ShipmentStatus.IN_TRANSIT, NOON, "delivered", MORNING));
    }

    @Test
    void aShipmentStartsPendingAndNoReportMovesOneThatFailedOrCameBack() {
        assertEquals(ShipmentStatus.PENDING, ShipmentProgress.SHIPMENT.start(ShipmentStatus.PENDING));
        assertTrue(ShipmentProgress.after(ShipmentStatus.FAILED, MORNING, "in_transit", NOON).isEmpty());
        assertTrue(ShipmentProgress.after(ShipmentStatus.RETURNED, MORNING, "delivered", NOON).isEmpty());
        assertEquals(Optional.of(ShipmentStatus.IN_TRANSIT),
                ShipmentProgress.after(ShipmentStatus.IN_TRANSIT, MORNING, "in_transit", NOON));
    }

    @Test
    void aDeliveredShipmentStaysDelivered() {
        assertTrue(ShipmentProgress.after(ShipmentStatus.DELIVERED, MORNING, "in_transit", NOON).isEmpty());
        assertTrue(ShipmentProgress.after(ShipmentStatus.DELIVERED, MORNING, "delivered", NOON).isEmpty());
    }
}
