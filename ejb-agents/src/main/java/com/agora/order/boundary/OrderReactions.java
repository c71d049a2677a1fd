package com.agora.order.boundary;

import com.agora.events.EventType;
import com.agora.events.FraudAssessed;
import com.agora.events.FraudCheckRequested;
import com.agora.events.OrderCancelled;
import com.agora.events.OrderConfirmed;
import com.agora.events.PaymentAuthorized;
import com.agora.events.PaymentFailed;
import com.agora.events.PaymentRequested;
import com.agora.events.StockReserved;
import com.agora.events.StockUnavailable;
import com.agora.events.TimelineStep;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.agent.BusinessAgent;
import com.agora.kernel.event.EventPublisher;
import com.agora.kernel.event.ReceivedEvent;
import com.agora.kernel.timeline.OrderTimeline;
import com.agora.order.control.OrderCancellation;
import com.agora.order.control.OrderLifecycle;
import com.agora.order.control.OrderParties;
import com.agora.order.control.OrderStore;
import com.agora.order.control.Parcels;
import com.agora.order.entity.CustomerOrder;
import com.agora.order.entity.OrderAllocation;
import com.agora.order.entity.OrderLine;
import com.agora.order.entity.OrderStatus;
import com.agora.order.entity.PaymentStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Order agent's side of the conversation with the other agents, up to confirmation: it moves the order through
 * its status machine as Inventory, Fraud Detection and Payment report, asks for the next step, and starts
 * compensation when a step fails. Agents whose step changes nothing of the order (stock consumed, documents,
 * e-mails, returns) write it on the order's timeline themselves, through the kernel, and send the Order agent
 * nothing.
 */
@Stateless
@BusinessAgent(Agent.ORDER)
public class OrderReactions {

    @Inject
    OrderStore store;

    @Inject
    OrderTimeline timeline;

    @Inject
    EventPublisher events;

    /** Every event the Order agent handles is about one order, its aggregate: a batch locks them all at once. */
    public void lockOrdersOf(List<ReceivedEvent> events) {
        store.lockAll(events.stream().map(ReceivedEvent::aggregateId).toList());
    }

    public void stockReserved(StockReserved reserved) {
        CustomerOrder order = store.locked(reserved.orderId());
        String detail = reserved.allocations().stream()
                .map(a -> a.quantity() + " × " + itemName(order, a.variantId()) + " from " + a.warehouseCode())
                .collect(Collectors.joining(", "));
        long warehouses = reserved.allocations().stream().map(StockReserved.Allocation::warehouseId).distinct().count();
        if (order.getStatus() == OrderStatus.CANCELLED) {
            // Cancelled while Inventory was reserving: ask again so the late reservation is given back.
            timeline.record(order.getId(), Agent.INVENTORY, TimelineStep.STOCK_RESERVED, detail + " after cancellation; releasing");
            publishCancellation(order, OrderCancelled.Outcome.CANCELLED);
            return;
        }
        order.setStatus(OrderLifecycle.MACHINE.requireMove(order.getOrderNumber(), order.getStatus(),
                OrderStatus.RESERVED));
        reserved.allocations().forEach(a -> store.add(new OrderAllocation(order.getId(), a.variantId(),
                a.warehouseId(), a.warehouseCode(), a.quantity())));
        timeline.record(order.getId(), Agent.INVENTORY, TimelineStep.STOCK_RESERVED,
                detail + (warehouses > 1 ? " (split across " + warehouses + " warehouses)" : ""));
        int units = order.getLines().stream().mapToInt(OrderLine::getQuantity).sum();
        events.publish(Agent.ORDER, EventType.FRAUD_CHECK_REQUESTED, order.getId(), new FraudCheckRequested(
                order.getId(), order.getOrderNumber(), order.getCustomerId(), order.getCustomerEmail(),
                order.getCustomerSince(), order.getTotal(), order.getCurrency(), units, order.getShipTo(),
                order.getBillTo(), order.getCardFingerprint(), order.getClientIp()));
    }

    public void stockUnavailable(StockUnavailable unavailable) {
        CustomerOrder order = store.locked(unavailable.orderId());
        String detail = unavailable.shortages().stream()
                .map(s -> itemName(order, s.variantId()) + ": " + s.requested() + " requested, " + s.available()
                        + " available")
                .collect(Collectors.joining("; "));
        timeline.record(order.getId(), Agent.INVENTORY, TimelineStep.STOCK_UNAVAILABLE, detail);
        if (order.getStatus() == OrderStatus.PENDING) {
            order.setStatus(OrderLifecycle.MACHINE.requireMove(order.getOrderNumber(), order.getStatus(),
                    OrderStatus.REJECTED));
            order.setCancelReason("stock unavailable: " + detail);
            timeline.record(order.getId(), Agent.ORDER, TimelineStep.ORDER_REJECTED, "nothing was reserved");
        }
    }

    /** An item as the order recorded it when it was placed, so its timeline reads in names rather than variant ids. */
    private static String itemName(CustomerOrder order, long variantId) {
        return order.getLines().stream().filter(line -> Long.valueOf(variantId).equals(line.getVariantId())).findFirst()
                .map(line -> line.getName() + " (" + line.getSku() + ")").orElse("variant " + variantId);
    }

    public void fraudAssessed(FraudAssessed assessment) {
        CustomerOrder order = store.locked(assessment.orderId());
        String by = assessment.reviewer() == null ? "" : " by " + assessment.reviewer();
        String detail = "score " + assessment.score() + by
                + (assessment.reasons().isEmpty() ? "" : ": " + String.join("; ", assessment.reasons()));
        if (OrderLifecycle.isFinal(order.getStatus())) {
            timeline.record(order.getId(), Agent.FRAUD_DETECTION, stepOf(assessment.verdict()),
                    detail + " (order already " + OrderLifecycle.label(order.getStatus()) + ")");
            return;
        }
        switch (assessment.verdict()) {
            case CLEARED -> {
                if (order.getStatus() != OrderStatus.RESERVED) {
                    order.setStatus(OrderLifecycle.MACHINE.requireMove(order.getOrderNumber(), order.getStatus(),
                            OrderStatus.RESERVED));
                }
                timeline.record(order.getId(), Agent.FRAUD_DETECTION, TimelineStep.FRAUD_CLEARED, detail);
                events.publish(Agent.ORDER, EventType.PAYMENT_REQUESTED, order.getId(), new PaymentRequested(
                        order.getId(), order.getOrderNumber(), order.getMerchantId(), order.getCustomerId(),
                        order.getPaymentMethodId(), order.getTotal(), order.getCurrency()));
            }
            case REVIEW_REQUIRED -> {
                order.setStatus(OrderLifecycle.MACHINE.requireMove(order.getOrderNumber(), order.getStatus(),
                        OrderStatus.UNDER_REVIEW));
                timeline.record(order.getId(), Agent.FRAUD_DETECTION, TimelineStep.FRAUD_REVIEW_REQUIRED, detail);
            }
            case REJECTED -> {
                order.setStatus(OrderLifecycle.MACHINE.requireMove(order.getOrderNumber(), order.getStatus(),
                        OrderStatus.REJECTED));
                order.setCancelledAt(Instant.now());
                order.setCancelReason("rejected by fraud screening" + by);
                timeline.record(order.getId(), Agent.FRAUD_DETECTION, TimelineStep.FRAUD_REJECTED, detail);
                publishCancellation(order, OrderCancelled.Outcome.FRAUD_REJECTED);
            }
            default -> throw new IllegalArgumentException("unknown verdict " + assessment.verdict());
        }
    }

    public void paymentAuthorized(PaymentAuthorized authorized) {
        CustomerOrder order = store.locked(authorized.orderId());
        String detail = authorized.amount() + " " + authorized.currency() + " (transaction "
                + authorized.transactionId() + ")";
        if (OrderLifecycle.isFinal(order.getStatus())) {
            // Cancelled while the gateway was answering: say it again so Payment voids what it just authorized.
            timeline.record(order.getId(), Agent.PAYMENT, TimelineStep.PAYMENT_AUTHORIZED, detail + " after the order became "
                    + OrderLifecycle.label(order.getStatus()) + "; voiding");
            publishCancellation(order, OrderCancelled.Outcome.CANCELLED);
            return;
        }
        order.setStatus(OrderLifecycle.MACHINE.requireMove(order.getOrderNumber(), order.getStatus(),
                OrderStatus.CONFIRMED));
        order.setPaymentStatus(PaymentStatus.AUTHORIZED);
        order.setConfirmedAt(Instant.now());
        timeline.record(order.getId(), Agent.PAYMENT, TimelineStep.PAYMENT_AUTHORIZED, detail);
        List<OrderConfirmed.Parcel> parcels = Parcels.of(order.getLines(), store.allocations(order.getId()));
        events.publish(Agent.ORDER, EventType.ORDER_CONFIRMED, order.getId(), new OrderConfirmed(order.getId(),
                order.getOrderNumber(), order.getMerchantId(), order.getCustomerId(), OrderParties.contactOf(order),
                order.getShippingAddressId(), order.getShipTo(), order.getServiceLevel(), order.getTotal(), order.getCurrency(), parcels));
    }

    public void paymentFailed(PaymentFailed failed) {
        CustomerOrder order = store.locked(failed.orderId());
        timeline.record(order.getId(), Agent.PAYMENT,
                failed.timedOut() ? TimelineStep.PAYMENT_TIMED_OUT : TimelineStep.PAYMENT_DECLINED,
                failed.reason() + " (transaction " + failed.transactionId() + ")");
        if (order.getStatus() != OrderStatus.RESERVED) {
            return;
        }
        order.setStatus(OrderLifecycle.MACHINE.requireMove(order.getOrderNumber(), order.getStatus(),
                OrderStatus.PAYMENT_FAILED));
        order.setPaymentStatus(PaymentStatus.FAILED);
        order.setCancelledAt(Instant.now());
        order.setCancelReason("payment failed: " + failed.reason());
        publishCancellation(order, OrderCancelled.Outcome.PAYMENT_FAILED);
    }

    private void publishCancellation(CustomerOrder order, OrderCancelled.Outcome outcome) {
        events.publish(Agent.ORDER, EventType.ORDER_CANCELLED, order.getId(), OrderCancellation.of(order, outcome));
    }

    private static TimelineStep stepOf(FraudAssessed.Verdict verdict) {
        return switch (verdict) {
            case CLEARED -> TimelineStep.FRAUD_CLEARED;
            case REVIEW_REQUIRED -> TimelineStep.FRAUD_REVIEW_REQUIRED;
            case REJECTED -> TimelineStep.FRAUD_REJECTED;
        };
    }
}
