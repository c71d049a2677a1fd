package com.agora.transportmanagement.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.events.ParcelPacked;
import com.agora.events.ShipmentCreated;
import com.agora.kernel.calendar.ShopCalendar;
import com.agora.kernel.messaging.UpFrontReads;
import com.agora.transportmanagement.control.TransportStore;
import com.agora.transportmanagement.entity.Pickup;
import com.agora.transportmanagement.entity.PickupStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransportReactionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private final Map<LocalDate, Pickup> pickups = new HashMap<>();
    private final List<Long> scheduled = new ArrayList<>();
    private final Map<Long, LocalDate> dayOfShipment = new HashMap<>();
    private final List<String> taken = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();
    private final TransportReactions reactions = new TransportReactions();

    @BeforeEach
    void wire() {
        reactions.calendar = ShopCalendar.on(Clock.fixed(Instant.parse("2026-12-03T15:00:00Z"), ZoneOffset.UTC));
        reactions.upFront = new UpFrontReads();
        reactions.store = new TransportStore() {
            @Override
            public boolean scheduled(long shipmentId) {
                asked.add("shipment " + shipmentId + " scheduled");
                return scheduled.contains(shipmentId);
            }

            @Override
            public Set<Long> scheduledAmong(Collection<Long> shipmentIds) {
                asked.add("shipments " + shipmentIds + " scheduled");
                return shipmentIds.stream().filter(scheduled::contains).collect(Collectors.toSet());
            }

            @Override
            public Pickup heldPickup(long carrierId, long warehouseId, LocalDate day) {
                taken.add(carrierId + "/" + warehouseId + " " + day);
                return pickups.computeIfAbsent(day, d -> {
                    Pickup pickup = new Pickup();
                    pickup.setId((long) pickups.size() + 1);
                    pickup.setPickupDate(d);
                    pickup.setStatus(PickupStatus.SCHEDULED);
                    return pickup;
                });
            }

            @Override
            public void addToPickup(long pickupId, long shipmentId) {
                scheduled.add(shipmentId);
                pickups.values().stream().filter(p -> p.getId() == pickupId).findFirst()
                        .ifPresent(p -> dayOfShipment.put(shipmentId, p.getPickupDate()));
            }
        };
    }

    @Test
    void aShipmentJoinsTodaysPickup() {
        reactions.schedulePickup(shipment(1));

        assertEquals(TODAY, dayOfShipment.get(1L));
    }

    @Test
    void aShipmentJoinsThePickupOfTheShopsDayEvenWhenUtcIsAlreadyTomorrow() {
        // 01:30 UTC on the 4th is 17:30 on the 3rd in Los Angeles: the parcel still joins the 3rd's pickup.
        reactions.calendar = ShopCalendar.on(Clock.fixed(Instant.parse("2026-12-04T01:30:00Z"),
                ZoneId.of("America/Los_Angeles")));

        reactions.schedulePickup(shipment(1));

        assertEquals(TODAY, dayOfShipment.get(1L));
    }

    @Test
    void aShipmentReadyAfterTheDriverLeftWaitsForTomorrowsPickup() {
        reactions.store.heldPickup(2, 4, TODAY).setStatus(PickupStatus.COLLECTED);

        reactions.schedulePickup(shipment(1));

        assertEquals(TODAY.plusDays(1), dayOfShipment.get(1L));
    }

    @Test
    void aShipmentHeardOfTwiceIsScheduledOnce() {
        reactions.schedulePickup(shipment(1));
        reactions.schedulePickup(shipment(1));

        assertEquals(List.of(1L), scheduled);
    }

    @Test
    void noOpenPickupWithinAMonthIsAnErrorForOperations() {
        for (int day = 0; day < 30; day++) {
            reactions.store.heldPickup(2, 4, TODAY.plusDays(day)).setStatus(PickupStatus.COLLECTED);
        }

        assertThrows(IllegalStateException.class, () -> reactions.schedulePickup(shipment(1)));
        assertTrue(scheduled.isEmpty());
    }

    @Test
    void aBatchTakesItsPickupsOnceEachInCarrierAndWarehouseOrderBeforeAnyShipmentJoinsOne() {
        reactions.holdPickupsFor(List.of(shipment(1, 3, 4), shipment(2, 2, 9), shipment(3, 3, 1), shipment(4, 2, 9)));

        assertEquals(List.of("2/9 " + TODAY, "3/1 " + TODAY, "3/4 " + TODAY), taken);
        assertTrue(scheduled.isEmpty());
    }

    @Test
    void theShipmentsOfABatchJoinThePickupsItTookWithoutAskingAgain() {
        List<ShipmentCreated> batch = List.of(shipment(1, 3, 4), shipment(2, 2, 9), shipment(3, 3, 4));
        scheduled.add(3L);

        reactions.holdPickupsFor(batch);
        batch.forEach(reactions::schedulePickup);

        assertEquals(List.of("2/9 " + TODAY, "3/4 " + TODAY), taken, "each pickup taken once, up front");
        assertEquals(List.of("shipments [1, 2, 3] scheduled"), asked, "one question for the batch");
        assertEquals(Map.of(1L, TODAY, 2L, TODAY), dayOfShipment, "shipment 3 had joined a pickup before");
    }

    @Test
    void aSingleShipmentTakesItsPickupWhenItJoinsIt() {
        reactions.holdPickupsFor(List.of(shipment(1)));

        assertTrue(taken.isEmpty());
    }

    private static ShipmentCreated shipment(long shipmentId) {
        return shipment(shipmentId, 2, 4);
    }

    private static ShipmentCreated shipment(long shipmentId, long carrierId, long warehouseId) {
        return new ShipmentCreated(7, "AG-7", 3, 5, shipmentId, 70, warehouseId, "AUS-1", carrierId, "usps", "standard",
                "US" + shipmentId, null, new BigDecimal("6.50"), List.of("Ada", "Austin TX"),
                List.of(new ParcelPacked.Item("MUG-01", "Mug", 1)));
    }
}
