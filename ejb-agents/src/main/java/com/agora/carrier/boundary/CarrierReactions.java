package com.agora.carrier.boundary;

import com.agora.carrier.control.CarrierStore;
import com.agora.carrier.control.RateShopper.Rate;
import com.agora.carrier.control.RateShopper;
import com.agora.carrier.control.ServiceLevel;
import com.agora.carrier.control.ShipmentProgress;
import com.agora.carrier.control.ShippingZones.Place;
import com.agora.carrier.control.ShippingZones;
import com.agora.carrier.control.TrackingNumbers;
import com.agora.carrier.entity.Carrier;
import com.agora.carrier.entity.Shipment;
import com.agora.carrier.entity.ShipmentStatus;
import com.agora.events.EventType;
import com.agora.events.ParcelPacked;
import com.agora.events.ShipmentCreated;
import com.agora.events.ShipmentTracked;
import com.agora.events.TimelineStep;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.agent.BusinessAgent;
import com.agora.kernel.event.EventPublisher;
import com.agora.kernel.messaging.UpFrontReads;
import com.agora.kernel.timeline.OrderTimeline;
import com.agora.persistence.PostalAddress;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The Carrier agent: buys a label for every packed parcel from the cheapest carrier that keeps the promised
 * service level, and keeps each shipment's status as the carriers report it.
 */
@Stateless
@BusinessAgent(Agent.CARRIER)
public class CarrierReactions {

    private static final Logger LOG = Logger.getLogger(CarrierReactions.class.getName());

    private static final UpFrontReads.Fact<Long, Boolean> PICK_LIST_SHIPPED = new UpFrontReads.Fact<>(
            "pick list shipped");
    private static final UpFrontReads.Fact<Long, Boolean> CALLED_BACK = new UpFrontReads.Fact<>("order called back");
    private static final UpFrontReads.Fact<Integer, List<Rate>> ZONE_RATES = new UpFrontReads.Fact<>(
            "active rates of a zone");
    /** A tracking serial drawn for a parcel's shipment with the batch's others; one not used is a gap. */
    private static final UpFrontReads.Fact<Long, Long> TRACKING_SERIAL = new UpFrontReads.Fact<>("tracking serial");

    @Inject
    CarrierStore store;

    @Inject
    EventPublisher events;

    @Inject
    OrderTimeline timeline;

    @Inject
    UpFrontReads upFront;

    /**
     * What a batch of packed parcels needs to know, asked in three queries for the whole batch rather than three
     * per parcel: which pick lists have their shipment already, which orders were called back, and the rates of
     * the zones the parcels travel.
     */
    public void readAheadFor(List<ParcelPacked> parcels) {
        if (parcels.size() < 2) {
            return;
        }
        Set<Long> pickLists = parcels.stream().map(ParcelPacked::pickListId).collect(Collectors.toSet());
        upFront.knowWhich(PICK_LIST_SHIPPED, pickLists, store.pickListsShipped(pickLists));
        Set<Long> orders = parcels.stream().map(ParcelPacked::orderId).collect(Collectors.toSet());
        upFront.knowWhich(CALLED_BACK, orders, timeline.reached(orders, TimelineStep.ORDER_CANCELLED));
        Set<Integer> zones = parcels.stream().filter(parcel -> parcel.shipTo() != null)
                .map(CarrierReactions::zoneOf).collect(Collectors.toSet());
        Map<Integer, List<Rate>> rates = store.activeRates(zones);
        zones.forEach(zone -> upFront.know(ZONE_RATES, zone, rates.getOrDefault(zone, List.of())));
        Iterator<Long> serials = store.nextTrackingSerials(pickLists.size()).iterator();
        pickLists.forEach(pickList -> upFront.know(TRACKING_SERIAL, pickList, serials.next()));
    }

    /**
     * Rate-shops a packed parcel and creates its shipment. A parcel no active carrier can take fails loudly, so
     * the kernel retries it and then parks it where ops see it.
     */
    public void shipParcel(ParcelPacked parcel) {
        if (upFront.known(PICK_LIST_SHIPPED, parcel.pickListId())
                .orElseGet(() -> store.shipmentOfPickList(parcel.pickListId()).isPresent())) {
            return;
        }
        if (upFront.known(CALLED_BACK, parcel.orderId()).orElseGet(() -> calledBack(parcel.orderId()))) {
            // The warehouse takes back every parcel of a cancelled order that has no shipment, this one included.
            LOG.info(() -> "order " + parcel.orderId() + " was cancelled after pick list " + parcel.pickListId()
                    + " was packed; no shipment");
            return;
        }
        PostalAddress destination = parcel.shipTo();
        if (destination == null) {
            throw new IllegalStateException("parcel " + parcel.pickListId() + " of order " + parcel.orderId()
                    + " names no destination");
        }
        int zone = zoneOf(parcel);
        ServiceLevel promised = ServiceLevel.of(parcel.serviceLevel());
        List<Rate> rates = upFront.known(ZONE_RATES, zone).orElseGet(() -> store.activeRates(zone));
        Rate rate = RateShopper.cheapest(rates, promised, zone, parcel.weightKg()).orElseThrow(
                () -> new IllegalStateException("no active carrier takes parcel " + parcel.pickListId() + " of order "
                        + parcel.orderId() + ": " + parcel.weightKg() + " kg, " + promised.code() + ", zone " + zone
                        + " (from " + parcel.warehouseCode() + " to " + destination.state() + " "
                        + destination.country() + ")"));
        Carrier carrier = store.carrier(rate.carrierId());
        String trackingNumber = TrackingNumbers.of(carrier.getCode(),
                upFront.known(TRACKING_SERIAL, parcel.pickListId()).orElseGet(store::nextTrackingSerial));
        Instant now = Instant.now();

        Shipment shipment = new Shipment();
        shipment.setOrderId(parcel.orderId());
        shipment.setMerchantId(parcel.merchantId());
        shipment.setPickListId(parcel.pickListId());
        shipment.setWarehouseId(parcel.warehouseId());
        shipment.setCarrierId(carrier.getId());
        shipment.setCarrierCode(carrier.getCode());
        shipment.setTrackingNumber(trackingNumber);
        shipment.setTrackingUrl(carrier.trackingUrl(trackingNumber));
        shipment.setServiceLevel(rate.serviceLevel().code());
        shipment.setStatus(ShipmentProgress.SHIPMENT.start(ShipmentStatus.PENDING));
        shipment.setZone(zone);
        shipment.setEstimatedDeliveryDate(now.plus(Duration.ofDays(rate.transitDays())));
        shipment.setShippingCost(rate.price());
        shipment.setWeight(parcel.weightKg());
        store.add(shipment);
        upFront.know(PICK_LIST_SHIPPED, parcel.pickListId(), true);
        events.publish(Agent.CARRIER, EventType.SHIPMENT_CREATED, parcel.orderId(), new ShipmentCreated(
                parcel.orderId(), parcel.orderNumber(), parcel.merchantId(), parcel.customerId(), shipment.getId(),
                parcel.pickListId(), parcel.warehouseId(), parcel.warehouseCode(), carrier.getId(), carrier.getCode(),
                shipment.getServiceLevel(), trackingNumber, shipment.getTrackingUrl(), rate.price(),
                destination.lines(), parcel.items()));
    }

    /** Moves a shipment as its carrier reported; late or repeated reports change nothing. */
    public void trackShipment(ShipmentTracked tracked) {
        Shipment shipment = store.shipment(tracked.shipmentId()).orElseThrow(
                () -> new IllegalStateException("shipment " + tracked.shipmentId() + " does not exist"));
        ShipmentProgress.after(shipment.getStatus(), shipment.getTrackedAt(), tracked.status(), tracked.occurredAt())
                .ifPresent(status -> {
                    shipment.setStatus(ShipmentProgress.SHIPMENT.requireMove(shipment.getTrackingNumber(),
                            shipment.getStatus(), status));
                    shipment.setTrackedAt(tracked.occurredAt());
                    if (status == ShipmentStatus.DELIVERED) {
                        shipment.setActualDeliveryDate(tracked.occurredAt());
                    }
                });
    }

    /**
     * Whether the order was cancelled, read from the timeline the kernel keeps for every order: the Order agent
     * writes the cancellation there in the transaction that cancels, so no agent has to be asked.
     */
    private boolean calledBack(long orderId) {
        return timeline.reached(List.of(orderId), TimelineStep.ORDER_CANCELLED).contains(orderId);
    }

    private static int zoneOf(ParcelPacked parcel) {
        return ShippingZones.zoneOf(new Place(parcel.originState(), parcel.originCountry()),
                new Place(parcel.shipTo().state(), parcel.shipTo().country()));
    }
}
