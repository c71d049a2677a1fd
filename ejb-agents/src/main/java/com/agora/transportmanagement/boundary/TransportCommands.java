package com.agora.transportmanagement.boundary;

import com.agora.carrier.boundary.CarrierFacts;
import com.agora.carrier.boundary.CarrierViews.ShipmentView;
import com.agora.events.EventType;
import com.agora.events.ShipmentTracked;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.calendar.ShopCalendar;
import com.agora.kernel.error.Codes;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.event.EventPublisher;
import com.agora.kernel.idempotency.IdempotencyKeys;
import com.agora.kernel.security.Caller;
import com.agora.transportmanagement.boundary.TransportViews.PickupView;
import com.agora.transportmanagement.boundary.TransportViews.TrackingEventView;
import com.agora.transportmanagement.boundary.TransportViews.TrackingUpdate;
import com.agora.transportmanagement.control.PickupLifecycle;
import com.agora.transportmanagement.control.TrackingRules;
import com.agora.transportmanagement.control.TransportStore;
import com.agora.transportmanagement.entity.Pickup;
import com.agora.transportmanagement.entity.PickupStatus;
import com.agora.transportmanagement.entity.TrackingEvent;
import com.agora.transportmanagement.entity.TrackingStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/** What carriers' integrations and operations report: where a parcel is, and that a pickup was collected. */
@Stateless
public class TransportCommands {

    static final String IDEMPOTENT_RESOURCE = "tracking-event";

    @Inject
    TransportStore store;

    @EJB
    TransportQueries queries;

    @Inject
    EventPublisher events;

    @EJB
    IdempotencyKeys idempotencyKeys;

    @EJB
    CarrierFacts carriers;

    @Inject
    ShopCalendar calendar;

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
                return TransportQueries.view(store.trackingEvent(earlier.get()).orElseThrow());
            }
        }
        TrackingStatus status = TrackingRules.status(update.status());
        Instant now = calendar.now();
        Instant occurredAt = TrackingRules.occurredAt(update.occurredAt(), now);
        ShipmentView shipment = carriers.shipmentByTrackingNumber(update.trackingNumber()).orElseThrow(
                () -> DomainProblem.notFound("shipment with tracking number", update.trackingNumber().trim()));
        // Reports on one shipment queue up behind each other, so two "delivered" cannot both pass the check.
        store.takeTurnOnShipment(shipment.id());
        TrackingRules.requireUndelivered(shipment.trackingNumber(), store.reportedDelivered(shipment.id()));

        TrackingEvent event = new TrackingEvent();
        event.setShipmentId(shipment.id());
        event.setTrackingNumber(shipment.trackingNumber());
        event.setStatus(TrackingRules.REPORT.start(status));
        event.setLocation(update.location());
        event.setDetail(update.detail());
        event.setReportedBy(caller.username());
        event.setOccurredAt(occurredAt);
        event.setReceivedAt(now);
        store.add(event);
        events.publish(Agent.TRANSPORT_MANAGEMENT, EventType.SHIPMENT_TRACKED, shipment.orderId(),
                new ShipmentTracked(shipment.orderId(), shipment.id(), shipment.trackingNumber(), Codes.code(status),
                        update.location(), update.detail(), occurredAt));
        if (idempotencyKey != null) {
            idempotencyKeys.remember(caller.username(), idempotencyKey, IDEMPOTENT_RESOURCE, fingerprint,
                    event.getId());
        }
        return TransportQueries.view(event);
    }

    /** The carrier's driver has taken the pickup's parcels; later parcels wait for the next day's pickup. */
    public PickupView markCollected(Caller caller, long id) {
        TransportQueries.requireOperations(caller);
        Pickup pickup = store.lockedPickup(id).orElseThrow(() -> DomainProblem.notFound("pickup", id));
        if (pickup.getStatus() == PickupStatus.COLLECTED) {
            throw DomainProblem.conflict("pickup " + id + " was already collected by " + pickup.getCollectedBy());
        }
        pickup.setStatus(PickupLifecycle.MACHINE.requireMove(String.valueOf(id), pickup.getStatus(),
                PickupStatus.COLLECTED));
        pickup.setCollectedAt(calendar.now());
        pickup.setCollectedBy(caller.username());
        return queries.pickup(pickup);
    }
}
