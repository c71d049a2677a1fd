package com.agora.carrier.boundary;

import com.agora.carrier.boundary.CarrierViews.CarrierView;
import com.agora.carrier.boundary.CarrierViews.ShipmentFilter;
import com.agora.carrier.boundary.CarrierViews.ShipmentView;
import com.agora.carrier.control.RateShopper;
import com.agora.carrier.control.RateShopper.Rate;
import com.agora.carrier.control.ServiceLevel;
import com.agora.carrier.control.ShipmentProgress;
import com.agora.carrier.control.ShippingZones;
import com.agora.carrier.control.ShippingZones.Place;
import com.agora.carrier.control.TrackingNumbers;
import com.agora.carrier.entity.Carrier;
import com.agora.carrier.entity.CarrierRate;
import com.agora.carrier.entity.Shipment;
import com.agora.carrier.entity.ShipmentStatus;
import com.agora.customer.boundary.CustomerDirectory;
import com.agora.customer.boundary.CustomerDirectory.PostalAddress;
import com.agora.events.EventType;
import com.agora.events.ParcelPacked;
import com.agora.events.ShipmentCreated;
import com.agora.events.ShipmentTracked;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.agent.BusinessAgent;
import com.agora.kernel.error.Codes;
import com.agora.kernel.event.EventPublisher;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.kernel.paging.FilteredQuery;
import com.agora.kernel.security.Caller;
import com.agora.warehouse.boundary.WarehouseAgent;
import com.agora.warehouse.boundary.WarehouseViews.PickListView;
import com.agora.warehouse.boundary.WarehouseViews.WarehouseLocation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The Carrier agent: buys a label for every packed parcel from the cheapest carrier that keeps the promised
 * service level, and keeps each shipment's status as the carriers report it.
 */
@Stateless
@BusinessAgent(Agent.CARRIER)
public class CarrierAgent {

    private static final Logger LOG = Logger.getLogger(CarrierAgent.class.getName());

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    EventPublisher events;

    @Inject
    CustomerDirectory customers;

    @Inject
    WarehouseAgent warehouses;

    /**
     * Rate-shops a packed parcel and creates its shipment. A parcel no active carrier can take fails loudly, so
     * the kernel retries it and then parks it where ops see it.
     */
    public void shipParcel(ParcelPacked parcel) {
        if (shipmentOfPickList(parcel.pickListId()).isPresent()) {
            return;
        }
        PickListView pickList = warehouses.pickListFacts(parcel.pickListId()).orElseThrow(
                () -> new IllegalStateException("pick list " + parcel.pickListId() + " does not exist"));
        if ("cancelled".equals(pickList.status())) {
            LOG.info(() -> "pick list " + parcel.pickListId() + " was cancelled after packing; no shipment");
            return;
        }
        WarehouseLocation origin = warehouses.location(parcel.warehouseId()).orElseThrow(
                () -> new IllegalStateException("warehouse " + parcel.warehouseId() + " does not exist"));
        PostalAddress destination = customers.address(parcel.shippingAddressId()).orElseThrow(
                () -> new IllegalStateException("shipping address " + parcel.shippingAddressId() + " does not exist"));
        int zone = ShippingZones.zoneOf(new Place(origin.state(), origin.country()),
                new Place(destination.state(), destination.country()));
        ServiceLevel promised = ServiceLevel.of(parcel.serviceLevel());
        Rate rate = RateShopper.cheapest(activeRates(zone), promised, zone, parcel.weightKg()).orElseThrow(
                () -> new IllegalStateException("no active carrier takes parcel " + parcel.pickListId() + " of order "
                        + parcel.orderId() + ": " + parcel.weightKg() + " kg, " + promised.code() + ", zone " + zone
                        + " (from " + origin.code() + " to " + destination.state() + " " + destination.country() + ")"));
        Carrier carrier = em.find(Carrier.class, rate.carrierId());
        long serial = ((Number) em.createNativeQuery("select nextval('tracking_number_seq')").getSingleResult())
                .longValue();
        String trackingNumber = TrackingNumbers.of(carrier.getCode(), serial);
        Instant now = Instant.now();

        Shipment shipment = new Shipment();
        shipment.setOrderId(parcel.orderId());
        shipment.setMerchantId(pickList.merchantId());
        shipment.setPickListId(parcel.pickListId());
        shipment.setWarehouseId(parcel.warehouseId());
        shipment.setCarrierId(carrier.getId());
        shipment.setCarrierCode(carrier.getCode());
        shipment.setTrackingNumber(trackingNumber);
        shipment.setTrackingUrl(carrier.trackingUrl(trackingNumber));
        shipment.setServiceLevel(rate.serviceLevel().code());
        shipment.setStatus(ShipmentStatus.PENDING);
        shipment.setZone(zone);
        shipment.setEstimatedDeliveryDate(now.plus(Duration.ofDays(rate.transitDays())));
        shipment.setShippingCost(rate.price());
        shipment.setWeight(parcel.weightKg());
        em.persist(shipment);
        em.flush();
        events.publish(Agent.CARRIER, EventType.SHIPMENT_CREATED, parcel.orderId(), new ShipmentCreated(
                parcel.orderId(), shipment.getId(), parcel.pickListId(), parcel.warehouseId(), carrier.getId(),
                carrier.getCode(), shipment.getServiceLevel(), trackingNumber, shipment.getTrackingUrl(),
                rate.price()));
    }

    /** Moves a shipment as its carrier reported; late or repeated reports change nothing. */
    public void trackShipment(ShipmentTracked tracked) {
        Shipment shipment = em.find(Shipment.class, tracked.shipmentId());
        if (shipment == null) {
            throw new IllegalStateException("shipment " + tracked.shipmentId() + " does not exist");
        }
        ShipmentProgress.after(shipment.getStatus(), shipment.getTrackedAt(), tracked.status(), tracked.occurredAt())
                .ifPresent(status -> {
                    shipment.setStatus(status);
                    shipment.setTrackedAt(tracked.occurredAt());
                    if (status == ShipmentStatus.DELIVERED) {
                        shipment.setActualDeliveryDate(tracked.occurredAt());
                    }
                });
    }

    /** Shipments the caller may see, newest first; merchants see only their own. */
    public Page<ShipmentView> listShipments(Caller caller, ShipmentFilter filter, PageRequest page) {
        FilteredQuery<Shipment> query = new FilteredQuery<>(Shipment.class, "s");
        if (!caller.seesAllMerchants()) {
            query.where("s.merchantId = :merchant", "merchant", caller.ownMerchantId());
        }
        if (filter.orderId() != null) {
            query.where("s.orderId = :order", "order", filter.orderId());
        }
        if (filter.status() != null && !filter.status().isBlank()) {
            query.where("s.status = :status", "status", Codes.parse(ShipmentStatus.class, "status",
                    filter.status()));
        }
        Map<Long, Carrier> carriers = carriers();
        return query.page(em, "s.createdAt desc, s.id desc", page).map(s -> view(s, carriers));
    }

    /** For Transport Management: a shipment by id, whoever asks; callers apply their own visibility. */
    public Optional<ShipmentView> shipment(long id) {
        return Optional.ofNullable(em.find(Shipment.class, id)).map(this::view);
    }

    /** For Transport Management: the shipment a carrier's tracking number names. */
    public Optional<ShipmentView> shipmentByTrackingNumber(String trackingNumber) {
        return em.createQuery("select s from Shipment s where s.trackingNumber = :number", Shipment.class)
                .setParameter("number", trackingNumber.trim()).getResultList().stream().findFirst()
                .map(this::view);
    }

    /** For the Warehouse agent: which pick lists of an order are already with a carrier. */
    public Set<Long> shippedPickLists(long orderId) {
        return new HashSet<>(em.createQuery("select s.pickListId from Shipment s where s.orderId = :order"
                        + " and s.pickListId is not null", Long.class)
                .setParameter("order", orderId).getResultList());
    }

    public List<CarrierView> listCarriers() {
        return carriers().values().stream().map(c -> new CarrierView(c.getId(), c.getCode(), c.getName(),
                c.isActive())).toList();
    }

    private Optional<Shipment> shipmentOfPickList(long pickListId) {
        return em.createQuery("select s from Shipment s where s.pickListId = :pickList", Shipment.class)
                .setParameter("pickList", pickListId).getResultList().stream().findFirst();
    }

    private List<Rate> activeRates(int zone) {
        return em.createQuery("select r from CarrierRate r, Carrier c where c.id = r.carrierId and c.active = true"
                        + " and r.zone = :zone", CarrierRate.class)
                .setParameter("zone", zone)
                .getResultList().stream()
                .map(r -> new Rate(r.getId(), r.getCarrierId(), ServiceLevel.of(r.getServiceLevel()), r.getZone(),
                        r.getMaxWeightKg(), r.getPrice(), r.getTransitDays()))
                .toList();
    }

    private Map<Long, Carrier> carriers() {
        return em.createQuery("select c from Carrier c order by c.code", Carrier.class).getResultList().stream()
                .collect(Collectors.toMap(Carrier::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** One shipment: reads its own carrier, not the whole carrier table that lists need. */
    private ShipmentView view(Shipment s) {
        Carrier carrier = s.getCarrierId() == null ? null : em.find(Carrier.class, s.getCarrierId());
        return view(s, carrier == null ? Map.of() : Map.of(carrier.getId(), carrier));
    }

    private static ShipmentView view(Shipment s, Map<Long, Carrier> carriers) {
        Carrier carrier = s.getCarrierId() == null ? null : carriers.get(s.getCarrierId());
        return new ShipmentView(s.getId(), s.getOrderId(), s.getMerchantId(), s.getPickListId(), s.getWarehouseId(),
                s.getCarrierId(), s.getCarrierCode(), carrier == null ? null : carrier.getName(), s.getServiceLevel(),
                s.getTrackingNumber(), s.getTrackingUrl(), Codes.code(s.getStatus()), s.getZone(),
                s.getWeight(), s.getShippingCost(), s.getEstimatedDeliveryDate(), s.getActualDeliveryDate(),
                s.getCreatedAt());
    }
}
