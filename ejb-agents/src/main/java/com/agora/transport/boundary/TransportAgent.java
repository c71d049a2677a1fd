package com.agora.transport.boundary;

import com.agora.carrier.boundary.CarrierFacts;
import com.agora.carrier.boundary.CarrierViews.CarrierView;
import com.agora.carrier.boundary.CarrierViews.ShipmentFilter;
import com.agora.carrier.boundary.CarrierViews.ShipmentView;
import com.agora.events.EventType;
import com.agora.events.ShipmentCreated;
import com.agora.events.ShipmentTracked;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.agent.BusinessAgent;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.error.Codes;
import com.agora.kernel.event.EventPublisher;
import com.agora.kernel.idempotency.IdempotencyKeys;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.kernel.paging.FilteredQuery;
import com.agora.kernel.security.Caller;
import com.agora.transport.boundary.TransportViews.PickupFilter;
import com.agora.transport.boundary.TransportViews.PickupView;
import com.agora.transport.boundary.TransportViews.ShipmentDetail;
import com.agora.transport.boundary.TransportViews.TrackingEventView;
import com.agora.transport.boundary.TransportViews.TrackingUpdate;
import com.agora.transport.control.PickupCalendar;
import com.agora.transport.control.TrackingRules;
import com.agora.transport.entity.Pickup;
import com.agora.transport.entity.PickupShipment;
import com.agora.transport.entity.PickupStatus;
import com.agora.transport.entity.TrackingEvent;
import com.agora.warehouse.boundary.WarehouseFacts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Transport Management agent: gathers ready shipments into one pickup per carrier, warehouse and day, and takes
 * the carriers' tracking reports, which move shipments and orders on.
 */
@Stateless
@BusinessAgent(Agent.TRANSPORT_MANAGEMENT)
public class TransportAgent {

    static final String IDEMPOTENT_RESOURCE = "tracking-event";

    /** How many days ahead a parcel may wait for a pickup that is still open before something is clearly wrong. */
    private static final int PICKUP_HORIZON_DAYS = 30;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    EventPublisher events;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    CarrierFacts carriers;

    @Inject
    WarehouseFacts warehouses;

    /** Pickup days are UTC days, like every other "today" of the platform. */
    Clock clock = Clock.systemUTC();

    /**
     * Adds a new shipment to the first pickup its carrier has not collected yet at its warehouse. Concurrent
     * shipments meet on the unique carrier, warehouse and day of the pickup, and a pickup being collected is locked.
     */
    public void schedulePickup(ShipmentCreated shipment) {
        if (!em.createQuery("select s.id from PickupShipment s where s.shipmentId = :shipment")
                .setParameter("shipment", shipment.shipmentId()).getResultList().isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Set<LocalDate> collected = new HashSet<>();
        for (int attempt = 0; attempt < PICKUP_HORIZON_DAYS; attempt++) {
            LocalDate day = PickupCalendar.pickupDay(today, collected);
            em.createNativeQuery("insert into pickups (carrier_id, warehouse_id, pickup_date) values (?1, ?2, ?3)"
                            + " on conflict (carrier_id, warehouse_id, pickup_date) do nothing")
                    .setParameter(1, shipment.carrierId())
                    .setParameter(2, shipment.warehouseId())
                    .setParameter(3, day)
                    .executeUpdate();
            Pickup pickup = em.createQuery("select p from Pickup p where p.carrierId = :carrier"
                            + " and p.warehouseId = :warehouse and p.pickupDate = :day", Pickup.class)
                    .setParameter("carrier", shipment.carrierId())
                    .setParameter("warehouse", shipment.warehouseId())
                    .setParameter("day", day)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getSingleResult();
            if (pickup.getStatus() == PickupStatus.SCHEDULED) {
                em.createNativeQuery("insert into pickup_shipments (pickup_id, shipment_id) values (?1, ?2)"
                                + " on conflict (shipment_id) do nothing")
                        .setParameter(1, pickup.getId())
                        .setParameter(2, shipment.shipmentId())
                        .executeUpdate();
                return;
            }
            collected.add(day);
        }
        throw new IllegalStateException("no open pickup for shipment " + shipment.shipmentId() + " within "
                + PICKUP_HORIZON_DAYS + " days");
    }

    /**
     * Records a carrier's report and tells the Carrier and Order agents. With an idempotency key a repeated report
     * returns the event the first one recorded.
     */
    public TrackingEventView reportTracking(Caller caller, TrackingUpdate update, String idempotencyKey) {
        if (!caller.seesAllMerchants()) {
            throw DomainProblem.forbidden("only carriers' integrations and admins report tracking");
        }
        String fingerprint = IdempotencyKeys.fingerprint(update.trackingNumber(), update.status(), update.location(),
                update.detail(), update.occurredAt());
        if (idempotencyKey != null) {
            Optional<Long> earlier = idempotencyKeys.claim(caller.username(), idempotencyKey, IDEMPOTENT_RESOURCE,
                    fingerprint);
            if (earlier.isPresent()) {
                return view(em.find(TrackingEvent.class, earlier.get()));
            }
        }
        String status = TrackingRules.status(update.status());
        Instant now = clock.instant();
        Instant occurredAt = TrackingRules.occurredAt(update.occurredAt(), now);
        ShipmentView shipment = carriers.shipmentByTrackingNumber(update.trackingNumber()).orElseThrow(
                () -> DomainProblem.notFound("shipment with tracking number", update.trackingNumber().trim()));
        // Reports on one shipment queue up behind each other, so two "delivered" cannot both pass the check.
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, shipment.id()).getSingleResult();
        TrackingRules.requireUndelivered(shipment.trackingNumber(), !em.createQuery(
                        "select e.id from TrackingEvent e where e.shipmentId = :shipment and e.status = :delivered")
                .setParameter("shipment", shipment.id()).setParameter("delivered", TrackingRules.DELIVERED)
                .setMaxResults(1).getResultList().isEmpty());

        TrackingEvent event = new TrackingEvent();
        event.setShipmentId(shipment.id());
        event.setTrackingNumber(shipment.trackingNumber());
        event.setStatus(status);
        event.setLocation(update.location());
        event.setDetail(update.detail());
        event.setReportedBy(caller.username());
        event.setOccurredAt(occurredAt);
        event.setReceivedAt(now);
        em.persist(event);
        em.flush();
        events.publish(Agent.TRANSPORT_MANAGEMENT, EventType.SHIPMENT_TRACKED, shipment.orderId(),
                new ShipmentTracked(shipment.orderId(), shipment.id(), shipment.trackingNumber(), status,
                        update.location(), update.detail(), occurredAt));
        if (idempotencyKey != null) {
            idempotencyKeys.remember(caller.username(), idempotencyKey, IDEMPOTENT_RESOURCE, fingerprint,
                    event.getId());
        }
        return view(event);
    }

    public Page<ShipmentView> listShipments(Caller caller, ShipmentFilter filter, PageRequest page) {
        return carriers.shipments(caller, filter, page);
    }

    /** A shipment with its tracking history; other merchants' shipments are reported as absent. */
    public ShipmentDetail findShipment(Caller caller, long id) {
        ShipmentView shipment = carriers.shipment(id)
                .filter(s -> s.merchantId() != null && caller.mayActFor(s.merchantId()))
                .orElseThrow(() -> DomainProblem.notFound("shipment", id));
        return new ShipmentDetail(shipment, em.createQuery("select e from TrackingEvent e"
                        + " where e.shipmentId = :shipment order by e.occurredAt, e.id", TrackingEvent.class)
                .setParameter("shipment", id).getResultList().stream().map(TransportAgent::view).toList());
    }

    /** Pickups, the latest day first; for operations. */
    public Page<PickupView> listPickups(Caller caller, PickupFilter filter, PageRequest page) {
        requireOperations(caller);
        FilteredQuery<Pickup> query = new FilteredQuery<>(Pickup.class, "p");
        if (filter.date() != null) {
            query.where("p.pickupDate = :day", "day", filter.date());
        }
        if (filter.status() != null && !filter.status().isBlank()) {
            query.where("p.status = :status", "status", Codes.parse(PickupStatus.class, "status",
                    filter.status()));
        }
        Page<Pickup> found = query.page(em, "p.pickupDate desc, p.id", page);
        Map<Long, List<Long>> shipments = shipmentsOf(found.items().stream().map(Pickup::getId).toList());
        Map<Long, String> carrierCodes = carrierCodes();
        Map<Long, String> warehouseCodes = warehouses.warehouseCodes();
        return found.map(p -> view(p, shipments.getOrDefault(p.getId(), List.of()), carrierCodes, warehouseCodes));
    }

    /** The carrier's driver has taken the pickup's parcels; later parcels wait for the next day's pickup. */
    public PickupView markCollected(Caller caller, long id) {
        requireOperations(caller);
        Pickup pickup = em.find(Pickup.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (pickup == null) {
            throw DomainProblem.notFound("pickup", id);
        }
        if (pickup.getStatus() == PickupStatus.COLLECTED) {
            throw DomainProblem.conflict("pickup " + id + " was already collected by " + pickup.getCollectedBy());
        }
        pickup.setStatus(PickupStatus.COLLECTED);
        pickup.setCollectedAt(clock.instant());
        pickup.setCollectedBy(caller.username());
        return view(pickup, shipmentsOf(List.of(id)).getOrDefault(id, List.of()), carrierCodes(),
                warehouses.warehouseCodes());
    }

    private static void requireOperations(Caller caller) {
        if (!caller.seesAllMerchants()) {
            throw DomainProblem.forbidden("pickups are for operations: admins and integrators");
        }
    }

    private Map<Long, List<Long>> shipmentsOf(List<Long> pickupIds) {
        if (pickupIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select s from PickupShipment s where s.pickupId in :pickups order by s.shipmentId",
                        PickupShipment.class)
                .setParameter("pickups", pickupIds).getResultList().stream()
                .collect(Collectors.groupingBy(PickupShipment::getPickupId,
                        Collectors.mapping(PickupShipment::getShipmentId, Collectors.toList())));
    }

    private Map<Long, String> carrierCodes() {
        return carriers.carriers().stream().collect(Collectors.toMap(CarrierView::id, CarrierView::code));
    }

    private static PickupView view(Pickup p, List<Long> shipmentIds, Map<Long, String> carrierCodes,
            Map<Long, String> warehouseCodes) {
        return new PickupView(p.getId(), p.getCarrierId(), carrierCodes.get(p.getCarrierId()), p.getWarehouseId(),
                warehouseCodes.get(p.getWarehouseId()), p.getPickupDate(), Codes.code(p.getStatus()),
                shipmentIds, p.getCollectedAt(), p.getCollectedBy());
    }

    private static TrackingEventView view(TrackingEvent e) {
        return new TrackingEventView(e.getId(), e.getShipmentId(), e.getTrackingNumber(), e.getStatus(),
                e.getLocation(), e.getDetail(), e.getReportedBy(), e.getOccurredAt(), e.getReceivedAt());
    }
}
