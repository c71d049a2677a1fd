package com.agora.transportmanagement.boundary;

import com.agora.events.ShipmentCreated;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.agent.BusinessAgent;
import com.agora.kernel.calendar.ShopCalendar;
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

    /**
     * Takes today's pickups of a batch's shipments up front, in carrier and warehouse order. A shipment creates or
     * share-locks its pickup and holds it until the batch commits; taken event by event, two batches could each
     * hold the pickup the other waits for.
     */
    public void holdPickupsFor(List<ShipmentCreated> shipments) {
        if (shipments.size() < 2) {
            return;
        }
        LocalDate day = PickupCalendar.pickupDay(calendar.today(), Set.of());
        shipments.stream()
                .map(shipment -> List.of(shipment.carrierId(), shipment.warehouseId()))
                .distinct()
                .sorted(Comparator.<List<Long>, Long>comparing(pair -> pair.get(0)).thenComparing(pair -> pair.get(1)))
                .forEach(pair -> store.heldPickup(pair.get(0), pair.get(1), day));
    }

    /**
     * Adds a new shipment to the first pickup its carrier has not collected yet at its warehouse. Concurrent
     * shipments meet on the unique carrier, warehouse and day of the pickup, and a pickup being collected is locked.
     */
    public void schedulePickup(ShipmentCreated shipment) {
        if (store.scheduled(shipment.shipmentId())) {
            return;
        }
        LocalDate today = calendar.today();
        Set<LocalDate> collected = new HashSet<>();
        for (int attempt = 0; attempt < PICKUP_HORIZON_DAYS; attempt++) {
            LocalDate day = PickupCalendar.pickupDay(today, collected);
            Pickup pickup = store.heldPickup(shipment.carrierId(), shipment.warehouseId(), day);
            if (pickup.getStatus() == PickupStatus.SCHEDULED) {
                store.addToPickup(pickup.getId(), shipment.shipmentId());
                return;
            }
            collected.add(day);
        }
        throw new IllegalStateException("no open pickup for shipment " + shipment.shipmentId() + " within "
                + PICKUP_HORIZON_DAYS + " days");
    }
}
