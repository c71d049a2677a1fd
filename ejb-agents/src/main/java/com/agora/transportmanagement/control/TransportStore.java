package com.agora.transportmanagement.control;

import com.agora.kernel.paging.FilteredQuery;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.transportmanagement.entity.Pickup;
import com.agora.transportmanagement.entity.PickupShipment;
import com.agora.transportmanagement.entity.PickupStatus;
import com.agora.transportmanagement.entity.TrackingEvent;
import com.agora.transportmanagement.entity.TrackingStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The Transport Management agent's tables: pickups, the shipments each collects, and carriers' tracking reports. */
@Dependent
public class TransportStore {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    public boolean scheduled(long shipmentId) {
        return !em.createQuery("select s.id from PickupShipment s where s.shipmentId = :shipment")
                .setParameter("shipment", shipmentId).getResultList().isEmpty();
    }

    /** The shipments among these that have joined a pickup already. */
    public Set<Long> scheduledAmong(Collection<Long> shipmentIds) {
        return new HashSet<>(em.createQuery("select s.shipmentId from PickupShipment s"
                + " where s.shipmentId in :shipments", Long.class).setParameter("shipments", shipmentIds)
                .getResultList());
    }

    /**
     * The pickup of a carrier at a warehouse on a day, made if there is none yet, and held open for the rest of the
     * transaction: the share lock keeps a collection (which locks the pickup for update) from closing it under a
     * shipment being added, while batches adding shipments to the same pickups do not wait for one another. An
     * exclusive lock here made two batches that met the same pickups in another order deadlock.
     *
     * <p>The day's pickup nearly always exists already, so it is looked for first: one statement, where making it
     * first if missing took two for every batch.
     */
    public Pickup heldPickup(long carrierId, long warehouseId, LocalDate day) {
        return lockedPickup(carrierId, warehouseId, day).orElseGet(() -> {
            em.createNativeQuery("insert into pickups (carrier_id, warehouse_id, pickup_date) values (?1, ?2, ?3)"
                            + " on conflict (carrier_id, warehouse_id, pickup_date) do nothing")
                    .setParameter(1, carrierId)
                    .setParameter(2, warehouseId)
                    .setParameter(3, day)
                    .executeUpdate();
            return lockedPickup(carrierId, warehouseId, day).orElseThrow(
                    () -> new IllegalStateException("the pickup just made cannot be read"));
        });
    }

    private Optional<Pickup> lockedPickup(long carrierId, long warehouseId, LocalDate day) {
        return em.createNativeQuery("select * from pickups where carrier_id = ?1 and warehouse_id = ?2"
                        + " and pickup_date = ?3 for share", Pickup.class)
                .setParameter(1, carrierId)
                .setParameter(2, warehouseId)
                .setParameter(3, day)
                .getResultList().stream().findFirst().map(Pickup.class::cast);
    }

    /**
     * Written with the transaction's other changes, so a batch's shipments reach PostgreSQL as one statement. A
     * shipment another transaction added meanwhile breaks the unique key: the batch then goes event by event,
     * and the shipment's event finds it scheduled.
     */
    public void addToPickup(long pickupId, long shipmentId) {
        PickupShipment added = new PickupShipment();
        added.setPickupId(pickupId);
        added.setShipmentId(shipmentId);
        em.persist(added);
    }

    public Optional<Pickup> lockedPickup(long id) {
        return Optional.ofNullable(em.find(Pickup.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Pickups, the latest day first; both filters are optional. */
    public Page<Pickup> pickups(LocalDate day, PickupStatus status, PageRequest page) {
        FilteredQuery<Pickup> query = new FilteredQuery<>(Pickup.class, "p");
        if (day != null) {
            query.where("p.pickupDate = :day", "day", day);
        }
        if (status != null) {
            query.where("p.status = :status", "status", status);
        }
        return query.page(em, "p.pickupDate desc, p.id", page);
    }

    /** The shipments of each pickup, by pickup id. */
    public Map<Long, List<Long>> shipmentsOf(List<Long> pickupIds) {
        if (pickupIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select s from PickupShipment s where s.pickupId in :pickups order by s.shipmentId",
                        PickupShipment.class)
                .setParameter("pickups", pickupIds).getResultList().stream()
                .collect(Collectors.groupingBy(PickupShipment::getPickupId,
                        Collectors.mapping(PickupShipment::getShipmentId, Collectors.toList())));
    }

    /** Makes reports on one shipment queue up behind each other until the transaction ends. */
    public void takeTurnOnShipment(long shipmentId) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, shipmentId).getSingleResult();
    }

    public boolean reportedDelivered(long shipmentId) {
        return !em.createQuery(
                        "select e.id from TrackingEvent e where e.shipmentId = :shipment and e.status = :delivered")
                .setParameter("shipment", shipmentId).setParameter("delivered", TrackingStatus.DELIVERED)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Stores a tracking report; it has its id at once, its row is written with the transaction. */
    public void add(TrackingEvent event) {
        em.persist(event);
    }

    public Optional<TrackingEvent> trackingEvent(long id) {
        return Optional.ofNullable(em.find(TrackingEvent.class, id));
    }

    /** A shipment's tracking reports in the order they happened. */
    public List<TrackingEvent> trackingOf(long shipmentId) {
        return em.createQuery("select e from TrackingEvent e where e.shipmentId = :shipment"
                        + " order by e.occurredAt, e.id", TrackingEvent.class)
                .setParameter("shipment", shipmentId).getResultList();
    }
}
