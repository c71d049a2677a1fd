package com.agora.order.boundary;

import com.agora.events.EventType;
import com.agora.events.OrderDelivered;
import com.agora.events.OrderShipped;
import com.agora.events.PaymentCaptured;
import com.agora.events.PaymentRefunded;
import com.agora.events.PaymentVoided;
import com.agora.events.ReplacementPlaced;
import com.agora.events.ReplacementRequested;
import com.agora.events.ShipmentCreated;
import com.agora.events.ShipmentTracked;
import com.agora.events.TimelineStep;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.event.EventPublisher;
import com.agora.kernel.timeline.OrderTimeline;
import com.agora.order.control.OrderLifecycle;
import com.agora.order.control.OrderParties;
import com.agora.order.control.OrderPlacement;
import com.agora.order.control.OrderStore;
import com.agora.order.control.ParcelLifecycle;
import com.agora.order.control.Parcels;
import com.agora.order.entity.CustomerOrder;
import com.agora.order.entity.FulfillmentStatus;
import com.agora.order.entity.OrderShipment;
import com.agora.order.entity.OrderStatus;
import com.agora.order.entity.ParcelStatus;
import com.agora.order.entity.PaymentStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The Order agent's side of the conversation after confirmation: shipments and their tracking move the order to
 * shipped and delivered, the money's later moves set its payment status, and an approved exchange becomes a
 * replacement order.
 */
@Stateless
public class OrderFulfilmentReactions {

    @Inject
    OrderStore store;

    @Inject
    OrderTimeline timeline;

    @Inject
    EventPublisher events;

    @Inject
    OrderPlacement placement;

    public void shipmentCreated(ShipmentCreated created) {
        CustomerOrder order = store.locked(created.orderId());
        List<OrderShipment> shipments = store.shipments(order.getId());
        if (shipments.stream().anyMatch(s -> s.getShipmentId() == created.shipmentId())) {
            return;
        }
        timeline.record(order.getId(), Agent.CARRIER, TimelineStep.SHIPMENT_CREATED, created.carrierCode() + " "
                + created.serviceLevel() + ", tracking " + created.trackingNumber() + ", " + created.cost() + " USD");
        if (order.getStatus() != OrderStatus.CONFIRMED && order.getStatus() != OrderStatus.PROCESSING) {
            // Packed while the order was being cancelled: the parcel stays in the warehouse for a person to void.
            timeline.record(order.getId(), Agent.ORDER, TimelineStep.SHIPMENT_NOT_EXPECTED, "the order is "
                    + OrderLifecycle.label(order.getStatus()) + "; shipment " + created.shipmentId()
                    + " must be voided with the carrier");
            return;
        }
        OrderShipment shipment = new OrderShipment(order.getId(), created.shipmentId(), created.warehouseId(),
                created.carrierCode(), created.trackingNumber(), created.trackingUrl());
        shipment.setStatus(ParcelLifecycle.MACHINE.start(ParcelStatus.CREATED));
        store.add(shipment);
        shipments = new ArrayList<>(shipments);
        shipments.add(shipment);
        long parcels = Parcels.count(store.allocations(order.getId()));
        if (shipments.size() < parcels) {
            // A further parcel of a partly shipped order leaves it processing.
            if (order.getStatus() != OrderStatus.PROCESSING) {
                order.setStatus(OrderLifecycle.MACHINE.requireMove(order.getOrderNumber(), order.getStatus(),
                        OrderStatus.PROCESSING));
            }
            order.setFulfillmentStatus(FulfillmentStatus.PARTIALLY_FULFILLED);
            return;
        }
        order.setStatus(OrderLifecycle.MACHINE.requireMove(order.getOrderNumber(), order.getStatus(),
                OrderStatus.SHIPPED));
        order.setFulfillmentStatus(FulfillmentStatus.FULFILLED);
        order.setShippedAt(Instant.now());
        timeline.record(order.getId(), Agent.ORDER, TimelineStep.ORDER_SHIPPED, shipments.size() + " parcel(s)");
        events.publish(Agent.ORDER, EventType.ORDER_SHIPPED, order.getId(), shipped(order, shipments));
    }

    private static OrderShipped shipped(CustomerOrder order, List<OrderShipment> shipments) {
        return new OrderShipped(order.getId(), order.getOrderNumber(), order.getMerchantId(), order.getMerchantName(),
                order.getCustomerId(), OrderParties.contactOf(order), order.getBillTo(), order.getShippedAt(), order.getLines().stream().map(l -> new OrderShipped.Line(l.getSku(),
                        l.getName(), l.getQuantity(), l.getUnitPrice(), l.getTotalPrice())).toList(),
                order.getSubtotal(), order.getDiscount(), order.getTax(), order.getShippingCost(), order.getTotal(),
                order.getCurrency(), shipments.stream().map(s -> new OrderShipped.Shipment(s.getShipmentId(),
                        s.getCarrierCode(), s.getTrackingNumber(), s.getTrackingUrl())).toList());
    }

    public void shipmentTracked(ShipmentTracked tracked) {
        CustomerOrder order = store.locked(tracked.orderId());
        List<OrderShipment> shipments = store.shipments(order.getId());
        OrderShipment shipment = shipments.stream().filter(s -> s.getShipmentId() == tracked.shipmentId())
                .findFirst().orElseThrow(() -> new IllegalStateException("order " + order.getOrderNumber()
                        + " has no shipment " + tracked.shipmentId()));
        timeline.record(order.getId(), Agent.TRANSPORT_MANAGEMENT, TimelineStep.ofShipment(tracked.status()),
                tracked.trackingNumber() + (tracked.location() == null ? "" : " at " + tracked.location())
                        + (tracked.detail() == null ? "" : ": " + tracked.detail()));
        ParcelStatus reported = ParcelLifecycle.reported(tracked.status());
        // Reports can arrive out of order: one that cannot follow the parcel's status (a scan after delivery) is
        // left on the timeline only.
        if (ParcelLifecycle.MACHINE.allows(shipment.getStatus(), reported)) {
            shipment.setStatus(ParcelLifecycle.MACHINE.requireMove(tracked.trackingNumber(), shipment.getStatus(),
                    reported));
            if (shipment.isDelivered()) {
                shipment.setDeliveredAt(tracked.occurredAt());
            }
        }
        boolean allDelivered = shipments.stream().allMatch(OrderShipment::isDelivered);
        if (allDelivered && order.getStatus() == OrderStatus.SHIPPED) {
            Instant deliveredAt = shipments.stream().map(OrderShipment::getDeliveredAt).max(Instant::compareTo)
                    .orElse(tracked.occurredAt());
            order.setStatus(OrderLifecycle.MACHINE.requireMove(order.getOrderNumber(), order.getStatus(),
                    OrderStatus.DELIVERED));
            order.setDeliveredAt(deliveredAt);
            timeline.record(order.getId(), Agent.ORDER, TimelineStep.ORDER_DELIVERED, "every parcel delivered");
            events.publish(Agent.ORDER, EventType.ORDER_DELIVERED, order.getId(), new OrderDelivered(order.getId(),
                    order.getOrderNumber(), order.getCustomerId(), OrderParties.contactOf(order), deliveredAt));
        }
    }

    public void paymentCaptured(PaymentCaptured captured) {
        CustomerOrder order = store.locked(captured.orderId());
        order.setPaymentStatus(PaymentStatus.PAID);
        timeline.record(order.getId(), Agent.PAYMENT, TimelineStep.PAYMENT_CAPTURED, captured.amount() + " "
                + order.getCurrency() + " (transaction " + captured.transactionId() + ")");
    }

    public void paymentVoided(PaymentVoided voided) {
        CustomerOrder order = store.locked(voided.orderId());
        order.setPaymentStatus(PaymentStatus.VOIDED);
        timeline.record(order.getId(), Agent.PAYMENT, TimelineStep.PAYMENT_VOIDED, "authorization of " + voided.amount() + " "
                + order.getCurrency() + " released (transaction " + voided.transactionId() + ")");
    }

    public void paymentRefunded(PaymentRefunded refunded) {
        CustomerOrder order = store.locked(refunded.orderId());
        order.setPaymentStatus(refunded.fullyRefunded() ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED);
        timeline.record(order.getId(), Agent.PAYMENT, TimelineStep.PAYMENT_REFUNDED, refunded.amount() + " " + order.getCurrency()
                + " refunded, " + refunded.refundedInTotal() + " in total (transaction " + refunded.transactionId()
                + ")");
        if (refunded.fullyRefunded() && order.getStatus() == OrderStatus.DELIVERED) {
            order.setStatus(OrderLifecycle.MACHINE.requireMove(order.getOrderNumber(), order.getStatus(),
                    OrderStatus.REFUNDED));
        }
    }

    public void replacementRequested(ReplacementRequested request) {
        CustomerOrder original = store.locked(request.orderId());
        CustomerOrder replacement = placement.placeReplacement(original, request.returnNumber(), request.variantId(),
                request.quantity());
        timeline.record(original.getId(), Agent.ORDER, TimelineStep.REPLACEMENT_PLACED, replacement.getOrderNumber() + " for "
                + request.returnNumber());
        events.publish(Agent.ORDER, EventType.REPLACEMENT_PLACED, original.getId(), new ReplacementPlaced(
                original.getId(), request.returnId(), replacement.getId(), replacement.getOrderNumber()));
    }
}
