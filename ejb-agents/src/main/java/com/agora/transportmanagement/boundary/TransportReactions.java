package com.agora.transportmanagement.boundary;

import com.agora.events.ShipmentCreated;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.agent.BusinessAgent;
import com.agora.kernel.calendar.ShopCalendar;
import com.agora.kernel.messaging.UpFrontReads;
import com.agora.transportmanagement.control.PickupCalendar;
import com.agora.transportmanagement.control.TransportStore;
import com.agora.transportmanagement.entity.Pickup;
import com.agora.transportmanagement.entity.PickupStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Transport Management agent: gathers ready shipments into one pickup per carrier, warehouse and day, and takes
 * the carriers' tracking reports, which move shipments and orders on.
 */
@Stateless
@BusinessAgent(Agent.TRANSPORT_MANAGEMENT)
public class TransportReactions {

    /** How many days ahead a parcel may wait for a pickup that is still open before something is clearly wrong. */
    private static final int PICKUP_HORIZON_DAYS = 30;

    @Inject
    TransportStore store;

    /** Pickup days are the shop's days. */
    @Inject
    ShopCalendar calendar;

    @Inject
    UpFrontReads upFront;

    private static final UpFrontReads.Fact<Long, Boolean> SCHEDULED = new UpFrontReads.Fact<>("shipment scheduled");
    private static final UpFrontReads.Fact<PickupSlot, Pickup> HELD = new UpFrontReads.Fact<>("pickup held");

    /** A carrier's pickup at a warehouse on a day. */
    private record PickupSlot(long carrierId, long warehouseId, LocalDate day) {
    }

    /**
     * Takes today's pickups of a batch's shipments up front, in carrier and warehouse order. A shipment creates or
     * share-locks its pickup and holds it until the batch commits; taken event by event, two batches could each
     * hold the pickup the other waits for.
     */
    public void holdPickupsFor(List<ShipmentCreated> shipments) {
        if (shipments.size() < 2) {
            return;
        }
        List<Long> shipmentIds = shipments.stream().map(ShipmentCreated::shipmentId).toList();
        upFront.knowWhich(SCHEDULED, shipmentIds, store.scheduledAmong(shipmentIds));
        LocalDate day = PickupCalendar.pickupDay(calendar.today(), Set.of());
        shipments.stream()
                .map(shipment -> List.of(shipment.carrierId(), shipment.warehouseId()))
                .distinct()
                .sorted(Comparator.<List<Long>, Long>comparing(pair -> pair.get(0)).thenComparing(pair -> pair.get(1)))
                .forEach(pair -> held(new PickupSlot(pair.get(0), pair.get(1), day)));
    }

    /** The pickup, held by this transaction from the first time one of its shipments asked for it. */
    private Pickup held(PickupSlot slot) {
        return upFront.known(HELD, slot).orElseGet(() -> {
            Pickup pickup = store.heldPickup(slot.carrierId(), slot.warehouseId(), slot.day());
            upFront.know(HELD, slot, pickup);
            return pickup;
        });
    }

    /**
     * Adds a new shipment to the first pickup its carrier has not collected yet at its warehouse. Concurrent
     * shipments meet on the unique carrier, warehouse and day of the pickup, and a pickup being collected is locked.
     */
    public void schedulePickup(ShipmentCreated shipment) {
        if (upFront.known(SCHEDULED, shipment.shipmentId()).orElseGet(() -> store.scheduled(shipment.shipmentId()))) {
            return;
        }
        LocalDate today = calendar.today();
        Set<LocalDate> collected = new HashSet<>();
        for (int attempt = 0; attempt < PICKUP_HORIZON_DAYS; attempt++) {
            LocalDate day = PickupCalendar.pickupDay(today, collected);
            Pickup pickup = held(new PickupSlot(shipment.carrierId(), shipment.warehouseId(), day));
            if (pickup.getStatus() == PickupStatus.SCHEDULED) {
                store.addToPickup(pickup.getId(), shipment.shipmentId());
                upFront.know(SCHEDULED, shipment.shipmentId(), true);
                return;
            }
            collected.add(day);
        }
        throw new IllegalStateException("no open pickup for shipment " + shipment.shipmentId() + " within "
                + PICKUP_HORIZON_DAYS + " days");
    }
}
