package com.agora.order.boundary;

import com.agora.customer.boundary.CustomerDirectory;
import com.agora.events.CustomerNotified;
import com.agora.events.DocumentGenerated;
import com.agora.events.EventType;
import com.agora.events.FraudAssessed;
import com.agora.events.FraudCheckRequested;
import com.agora.events.OrderCancelled;
import com.agora.events.OrderConfirmed;
import com.agora.events.OrderDelivered;
import com.agora.events.OrderShipped;
import com.agora.events.ParcelPacked;
import com.agora.events.PaymentAuthorized;
import com.agora.events.PaymentCaptured;
import com.agora.events.PaymentFailed;
import com.agora.events.PaymentRefunded;
import com.agora.events.PaymentRequested;
import com.agora.events.PaymentVoided;
import com.agora.events.RefundFailed;
import com.agora.events.ReplacementPlaced;
import com.agora.events.ReplacementRequested;
import com.agora.events.ReturnUpdated;
import com.agora.events.ShipmentCreated;
import com.agora.events.ShipmentTracked;
import com.agora.events.StockConsumed;
import com.agora.events.StockReleased;
import com.agora.events.StockReserved;
import com.agora.events.StockRestocked;
import com.agora.events.StockUnavailable;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.agent.BusinessAgent;
import com.agora.kernel.event.EventPublisher;
import com.agora.order.control.OrderLifecycle;
import com.agora.order.control.OrderRecords;
import com.agora.order.control.Parcels;
import com.agora.order.entity.CustomerOrder;
import com.agora.order.entity.FulfillmentStatus;
import com.agora.order.entity.OrderAllocation;
import com.agora.order.entity.OrderLine;
import com.agora.order.entity.OrderShipment;
import com.agora.order.entity.OrderStatus;
import com.agora.order.entity.PaymentStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Order agent's side of the conversation with the other agents: it moves the order through its status machine
 * as they report, asks for the next step, and starts compensation when a step fails. Every report lands on the
 * order's timeline.
 */
@Stateless
@BusinessAgent(Agent.ORDER)
public class OrderProgress {

    @Inject
    OrderRecords records;

    @Inject
    EventPublisher events;

    @Inject
    CustomerDirectory customers;

    @Inject
    OrderAgent orders;

    public void stockReserved(StockReserved reserved) {
        CustomerOrder order = records.locked(reserved.orderId());
        String detail = reserved.allocations().stream()
                .map(a -> a.quantity() + " × variant " + a.variantId() + " from " + a.warehouseCode())
                .collect(Collectors.joining(", "));
        long warehouses = reserved.allocations().stream().map(StockReserved.Allocation::warehouseId).distinct().count();
        if (order.getStatus() == OrderStatus.CANCELLED) {
            // Cancelled while Inventory was reserving: ask again so the late reservation is given back.
            records.record(order.getId(), Agent.INVENTORY, "StockReserved", detail + " after cancellation; releasing");
            publishCancellation(order, OrderCancelled.Outcome.CANCELLED);
            return;
        }
        OrderLifecycle.requireTransition(order.getOrderNumber(), order.getStatus(), OrderStatus.RESERVED);
        order.setStatus(OrderStatus.RESERVED);
        reserved.allocations().forEach(a -> records.persist(new OrderAllocation(order.getId(), a.variantId(),
                a.warehouseId(), a.warehouseCode(), a.quantity())));
        records.record(order.getId(), Agent.INVENTORY, "StockReserved",
                detail + (warehouses > 1 ? " (split across " + warehouses + " warehouses)" : ""));
        String email = customers.contactOf(order.getCustomerId()).map(CustomerDirectory.Contact::email).orElse(null);
        int units = order.getLines().stream().mapToInt(OrderLine::getQuantity).sum();
        events.publish(Agent.ORDER, EventType.FRAUD_CHECK_REQUESTED, order.getId(), new FraudCheckRequested(
                order.getId(), order.getOrderNumber(), order.getCustomerId(), email, order.getTotal(),
                order.getCurrency(), units, order.getShippingAddressId(), order.getBillingAddressId(),
                order.getPaymentMethodId(), order.getClientIp()));
    }

    public void stockUnavailable(StockUnavailable unavailable) {
        CustomerOrder order = records.locked(unavailable.orderId());
        String detail = unavailable.shortages().stream()
                .map(s -> "variant " + s.variantId() + ": " + s.requested() + " requested, " + s.available()
                        + " available")
                .collect(Collectors.joining("; "));
        records.record(order.getId(), Agent.INVENTORY, "StockUnavailable", detail);
        if (order.getStatus() == OrderStatus.PENDING) {
            order.setStatus(OrderStatus.REJECTED);
            order.setCancelReason("stock unavailable: " + detail);
            records.record(order.getId(), Agent.ORDER, "OrderRejected", "nothing was reserved");
        }
    }

    public void stockReleased(StockReleased released) {
        records.existing(released.orderId());
        records.record(released.orderId(), Agent.INVENTORY, "StockReleased",
                released.units() + " unit(s) back in stock");
    }

    public void stockConsumed(StockConsumed consumed) {
        records.existing(consumed.orderId());
        records.record(consumed.orderId(), Agent.INVENTORY, "StockConsumed",
                consumed.units() + " unit(s) left the warehouses");
    }

    public void fraudAssessed(FraudAssessed assessment) {
        CustomerOrder order = records.locked(assessment.orderId());
        String by = assessment.reviewer() == null ? "" : " by " + assessment.reviewer();
        String detail = "score " + assessment.score() + by
                + (assessment.reasons().isEmpty() ? "" : ": " + String.join("; ", assessment.reasons()));
        if (OrderLifecycle.isFinal(order.getStatus())) {
            records.record(order.getId(), Agent.FRAUD_DETECTION, "Fraud" + verdictName(assessment.verdict()),
                    detail + " (order already " + OrderLifecycle.label(order.getStatus()) + ")");
            return;
        }
        switch (assessment.verdict()) {
            case CLEARED -> {
                if (order.getStatus() != OrderStatus.RESERVED) {
                    OrderLifecycle.requireTransition(order.getOrderNumber(), order.getStatus(), OrderStatus.RESERVED);
                    order.setStatus(OrderStatus.RESERVED);
                }
                records.record(order.getId(), Agent.FRAUD_DETECTION, "FraudCleared", detail);
                events.publish(Agent.ORDER, EventType.PAYMENT_REQUESTED, order.getId(), new PaymentRequested(
                        order.getId(), order.getOrderNumber(), order.getMerchantId(), order.getCustomerId(),
                        order.getPaymentMethodId(), order.getTotal(), order.getCurrency()));
            }
            case REVIEW_REQUIRED -> {
                OrderLifecycle.requireTransition(order.getOrderNumber(), order.getStatus(), OrderStatus.UNDER_REVIEW);
                order.setStatus(OrderStatus.UNDER_REVIEW);
                records.record(order.getId(), Agent.FRAUD_DETECTION, "FraudReviewRequired", detail);
            }
            case REJECTED -> {
                OrderLifecycle.requireTransition(order.getOrderNumber(), order.getStatus(), OrderStatus.REJECTED);
                order.setStatus(OrderStatus.REJECTED);
                order.setCancelledAt(Instant.now());
                order.setCancelReason("rejected by fraud screening" + by);
                records.record(order.getId(), Agent.FRAUD_DETECTION, "FraudRejected", detail);
                publishCancellation(order, OrderCancelled.Outcome.FRAUD_REJECTED);
            }
            default -> throw new IllegalArgumentException("unknown verdict " + assessment.verdict());
        }
    }

    public void paymentAuthorized(PaymentAuthorized authorized) {
        CustomerOrder order = records.locked(authorized.orderId());
        String detail = authorized.amount() + " " + authorized.currency() + " (transaction "
                + authorized.transactionId() + ")";
        if (OrderLifecycle.isFinal(order.getStatus())) {
            // Cancelled while the gateway was answering: say it again so Payment voids what it just authorized.
            records.record(order.getId(), Agent.PAYMENT, "PaymentAuthorized", detail + " after the order became "
                    + OrderLifecycle.label(order.getStatus()) + "; voiding");
            publishCancellation(order, OrderCancelled.Outcome.CANCELLED);
            return;
        }
        OrderLifecycle.requireTransition(order.getOrderNumber(), order.getStatus(), OrderStatus.CONFIRMED);
        order.setStatus(OrderStatus.CONFIRMED);
        order.setPaymentStatus(PaymentStatus.AUTHORIZED);
        order.setConfirmedAt(Instant.now());
        records.record(order.getId(), Agent.PAYMENT, "PaymentAuthorized", detail);
        List<OrderConfirmed.Parcel> parcels = Parcels.of(order.getLines(), records.allocations(order.getId()));
        events.publish(Agent.ORDER, EventType.ORDER_CONFIRMED, order.getId(), new OrderConfirmed(order.getId(),
                order.getOrderNumber(), order.getMerchantId(), order.getCustomerId(), order.getShippingAddressId(),
                order.getServiceLevel(), order.getTotal(), order.getCurrency(), parcels));
    }

    public void paymentFailed(PaymentFailed failed) {
        CustomerOrder order = records.locked(failed.orderId());
        records.record(order.getId(), Agent.PAYMENT, failed.timedOut() ? "PaymentTimedOut" : "PaymentDeclined",
                failed.reason() + " (transaction " + failed.transactionId() + ")");
        if (order.getStatus() != OrderStatus.RESERVED) {
            return;
        }
        order.setStatus(OrderStatus.PAYMENT_FAILED);
        order.setPaymentStatus(PaymentStatus.FAILED);
        order.setCancelledAt(Instant.now());
        order.setCancelReason("payment failed: " + failed.reason());
        publishCancellation(order, OrderCancelled.Outcome.PAYMENT_FAILED);
    }

    public void parcelPacked(ParcelPacked packed) {
        records.existing(packed.orderId());
        records.record(packed.orderId(), Agent.WAREHOUSE, "ParcelPacked", packed.units() + " unit(s), "
                + packed.weightKg() + " kg, packed in " + packed.warehouseCode() + " (pick list " + packed.pickListId()
                + ")");
    }

    public void shipmentCreated(ShipmentCreated created) {
        CustomerOrder order = records.locked(created.orderId());
        List<OrderShipment> shipments = records.shipments(order.getId());
        if (shipments.stream().anyMatch(s -> s.getShipmentId() == created.shipmentId())) {
            return;
        }
        records.record(order.getId(), Agent.CARRIER, "ShipmentCreated", created.carrierCode() + " "
                + created.serviceLevel() + ", tracking " + created.trackingNumber() + ", " + created.cost() + " USD");
        if (order.getStatus() != OrderStatus.CONFIRMED && order.getStatus() != OrderStatus.PROCESSING) {
            // Packed while the order was being cancelled: the parcel stays in the warehouse for a person to void.
            records.record(order.getId(), Agent.ORDER, "ShipmentNotExpected", "the order is "
                    + OrderLifecycle.label(order.getStatus()) + "; shipment " + created.shipmentId()
                    + " must be voided with the carrier");
            return;
        }
        OrderShipment shipment = new OrderShipment(order.getId(), created.shipmentId(), created.warehouseId(),
                created.carrierCode(), created.trackingNumber(), created.trackingUrl());
        records.persist(shipment);
        shipments = new ArrayList<>(shipments);
        shipments.add(shipment);
        long parcels = Parcels.count(records.allocations(order.getId()));
        if (shipments.size() < parcels) {
            order.setStatus(OrderStatus.PROCESSING);
            order.setFulfillmentStatus(FulfillmentStatus.PARTIALLY_FULFILLED);
            return;
        }
        order.setStatus(OrderStatus.SHIPPED);
        order.setFulfillmentStatus(FulfillmentStatus.FULFILLED);
        order.setShippedAt(Instant.now());
        records.record(order.getId(), Agent.ORDER, "OrderShipped", shipments.size() + " parcel(s)");
        events.publish(Agent.ORDER, EventType.ORDER_SHIPPED, order.getId(), new OrderShipped(order.getId(),
                order.getOrderNumber(), order.getMerchantId(), order.getCustomerId(), order.getTotal(),
                order.getCurrency(), shipments.stream().map(s -> new OrderShipped.Shipment(s.getShipmentId(),
                        s.getCarrierCode(), s.getTrackingNumber(), s.getTrackingUrl())).toList()));
    }

    public void shipmentTracked(ShipmentTracked tracked) {
        CustomerOrder order = records.locked(tracked.orderId());
        List<OrderShipment> shipments = records.shipments(order.getId());
        OrderShipment shipment = shipments.stream().filter(s -> s.getShipmentId() == tracked.shipmentId())
                .findFirst().orElseThrow(() -> new IllegalStateException("order " + order.getOrderNumber()
                        + " has no shipment " + tracked.shipmentId()));
        records.record(order.getId(), Agent.TRANSPORT_MANAGEMENT, "Shipment" + camel(tracked.status()),
                tracked.trackingNumber() + (tracked.location() == null ? "" : " at " + tracked.location())
                        + (tracked.detail() == null ? "" : ": " + tracked.detail()));
        shipment.setStatus(tracked.status());
        if (shipment.isDelivered()) {
            shipment.setDeliveredAt(tracked.occurredAt());
        }
        boolean allDelivered = shipments.stream().allMatch(OrderShipment::isDelivered);
        if (allDelivered && order.getStatus() == OrderStatus.SHIPPED) {
            Instant deliveredAt = shipments.stream().map(OrderShipment::getDeliveredAt).max(Instant::compareTo)
                    .orElse(tracked.occurredAt());
            order.setStatus(OrderStatus.DELIVERED);
            order.setDeliveredAt(deliveredAt);
            records.record(order.getId(), Agent.ORDER, "OrderDelivered", "every parcel delivered");
            events.publish(Agent.ORDER, EventType.ORDER_DELIVERED, order.getId(), new OrderDelivered(order.getId(),
                    order.getOrderNumber(), order.getCustomerId(), deliveredAt));
        }
    }

    public void paymentCaptured(PaymentCaptured captured) {
        CustomerOrder order = records.locked(captured.orderId());
        order.setPaymentStatus(PaymentStatus.PAID);
        records.record(order.getId(), Agent.PAYMENT, "PaymentCaptured", captured.amount() + " "
                + order.getCurrency() + " (transaction " + captured.transactionId() + ")");
    }

    public void paymentVoided(PaymentVoided voided) {
        CustomerOrder order = records.locked(voided.orderId());
        order.setPaymentStatus(PaymentStatus.VOIDED);
        records.record(order.getId(), Agent.PAYMENT, "PaymentVoided", "authorization of " + voided.amount() + " "
                + order.getCurrency() + " released (transaction " + voided.transactionId() + ")");
    }

    public void paymentRefunded(PaymentRefunded refunded) {
        CustomerOrder order = records.locked(refunded.orderId());
        order.setPaymentStatus(refunded.fullyRefunded() ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED);
        records.record(order.getId(), Agent.PAYMENT, "PaymentRefunded", refunded.amount() + " " + order.getCurrency()
                + " refunded, " + refunded.refundedInTotal() + " in total (transaction " + refunded.transactionId()
                + ")");
        if (refunded.fullyRefunded() && order.getStatus() == OrderStatus.DELIVERED) {
            order.setStatus(OrderStatus.REFUNDED);
        }
    }

    public void refundFailed(RefundFailed failed) {
        records.existing(failed.orderId());
        records.record(failed.orderId(), Agent.PAYMENT, "RefundFailed", failed.amount() + ": " + failed.reason());
    }

    public void documentGenerated(DocumentGenerated document) {
        records.existing(document.orderId());
        records.record(document.orderId(), Agent.DOCUMENT_GENERATION, "DocumentGenerated",
                document.kind().replace('_', ' ') + " " + document.fileName());
    }

    public void customerNotified(CustomerNotified notified) {
        records.existing(notified.orderId());
        records.record(notified.orderId(), Agent.CUSTOMER_COMMUNICATION,
                notified.delivered() ? "CustomerNotified" : "NotificationFailed",
                notified.template() + " e-mail to " + notified.recipient()
                        + (notified.delivered() ? "" : ": " + notified.error()));
    }

    public void returnUpdated(ReturnUpdated update) {
        records.existing(update.orderId());
        records.record(update.orderId(), Agent.RETURNS, "Return" + camel(update.status()), update.returnNumber()
                + (update.detail() == null ? "" : ": " + update.detail()));
    }

    public void stockRestocked(StockRestocked restocked) {
        records.existing(restocked.orderId());
        records.record(restocked.orderId(), Agent.INVENTORY, "StockRestocked", restocked.quantity()
                + " × variant " + restocked.variantId() + " back on hand (warehouse " + restocked.warehouseId() + ")");
    }

    public void replacementRequested(ReplacementRequested request) {
        CustomerOrder original = records.locked(request.orderId());
        CustomerOrder replacement = orders.placeReplacement(original, request.returnNumber(), request.variantId(),
                request.quantity());
        records.record(original.getId(), Agent.ORDER, "ReplacementPlaced", replacement.getOrderNumber() + " for "
                + request.returnNumber());
        events.publish(Agent.ORDER, EventType.REPLACEMENT_PLACED, original.getId(), new ReplacementPlaced(
                original.getId(), request.returnId(), replacement.getId(), replacement.getOrderNumber()));
    }

    private void publishCancellation(CustomerOrder order, OrderCancelled.Outcome outcome) {
        events.publish(Agent.ORDER, EventType.ORDER_CANCELLED, order.getId(), new OrderCancelled(order.getId(),
                order.getOrderNumber(), order.getCustomerId(), outcome, order.getCancelReason()));
    }

    private static String verdictName(FraudAssessed.Verdict verdict) {
        return switch (verdict) {
            case CLEARED -> "Cleared";
            case REVIEW_REQUIRED -> "ReviewRequired";
            case REJECTED -> "Rejected";
        };
    }

    /** in_transit → InTransit, for timeline entries named like events. */
    private static String camel(String code) {
        StringBuilder name = new StringBuilder();
        for (String part : code.split("_")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }
}
