package com.agora.events;

import com.agora.kernel.agent.Agent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The published language between agents: every event type, its payload, and the agents that listen to it.
 * Routing lives here, in one table, so a reader sees the whole choreography at a glance. Steps that only tell the
 * order's story (stock consumed, a document written, a mail sent) are no events: the agent writes them on the
 * order's timeline itself ({@link TimelineStep}).
 */
public enum EventType {
    // Placement and stock
    ORDER_PLACED("OrderPlaced", OrderPlaced.class, Agent.INVENTORY),
    STOCK_RESERVED("StockReserved", StockReserved.class, Agent.ORDER),
    STOCK_UNAVAILABLE("StockUnavailable", StockUnavailable.class, Agent.ORDER),

    // Fraud screening
    FRAUD_CHECK_REQUESTED("FraudCheckRequested", FraudCheckRequested.class, Agent.FRAUD_DETECTION),
    FRAUD_ASSESSED("FraudAssessed", FraudAssessed.class, Agent.ORDER),

    // Money
    PAYMENT_REQUESTED("PaymentRequested", PaymentRequested.class, Agent.PAYMENT),
    PAYMENT_AUTHORIZED("PaymentAuthorized", PaymentAuthorized.class, Agent.ORDER),
    PAYMENT_FAILED("PaymentFailed", PaymentFailed.class, Agent.ORDER, Agent.FRAUD_DETECTION),
    PAYMENT_CAPTURED("PaymentCaptured", PaymentCaptured.class, Agent.ORDER),
    PAYMENT_VOIDED("PaymentVoided", PaymentVoided.class, Agent.ORDER),
    REFUND_REQUESTED("RefundRequested", RefundRequested.class, Agent.PAYMENT),
    PAYMENT_REFUNDED("PaymentRefunded", PaymentRefunded.class, Agent.ORDER, Agent.RETURNS,
            Agent.CUSTOMER_COMMUNICATION),
    REFUND_FAILED("RefundFailed", RefundFailed.class, Agent.RETURNS),

    // Fulfilment
    ORDER_CONFIRMED("OrderConfirmed", OrderConfirmed.class, Agent.WAREHOUSE, Agent.CUSTOMER_COMMUNICATION),
    PARCEL_PACKED("ParcelPacked", ParcelPacked.class, Agent.CARRIER),
    SHIPMENT_CREATED("ShipmentCreated", ShipmentCreated.class, Agent.ORDER, Agent.WAREHOUSE,
            Agent.TRANSPORT_MANAGEMENT, Agent.DOCUMENT_GENERATION),
    ORDER_SHIPPED("OrderShipped", OrderShipped.class, Agent.INVENTORY, Agent.PAYMENT, Agent.DOCUMENT_GENERATION,
            Agent.CUSTOMER_COMMUNICATION),
    SHIPMENT_TRACKED("ShipmentTracked", ShipmentTracked.class, Agent.CARRIER, Agent.ORDER),
    ORDER_DELIVERED("OrderDelivered", OrderDelivered.class, Agent.CUSTOMER_COMMUNICATION),

    // Compensation: every agent holding something for the order gives it back
    ORDER_CANCELLED("OrderCancelled", OrderCancelled.class, Agent.INVENTORY, Agent.PAYMENT, Agent.WAREHOUSE,
            Agent.CUSTOMER_COMMUNICATION),

    // Returns
    RESTOCK_REQUESTED("RestockRequested", RestockRequested.class, Agent.INVENTORY),
    STOCK_RESTOCKED("StockRestocked", StockRestocked.class, Agent.RETURNS),
    REPLACEMENT_REQUESTED("ReplacementRequested", ReplacementRequested.class, Agent.ORDER),
    REPLACEMENT_PLACED("ReplacementPlaced", ReplacementPlaced.class, Agent.RETURNS),

    // Platform: measures what the kernel's delivery path costs on its own
    KERNEL_PROBE("KernelProbe", KernelProbe.class, Agent.INFRASTRUCTURE);

    /** Every received event is looked up by its name. */
    private static final Map<String, EventType> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::typeName, Function.identity()));

    private final String typeName;
    private final Class<?> payloadType;
    private final List<Agent> subscribers;

    EventType(String typeName, Class<?> payloadType, Agent... subscribers) {
        this.typeName = typeName;
        this.payloadType = payloadType;
        this.subscribers = List.of(subscribers);
    }

    public String typeName() {
        return typeName;
    }

    public Class<?> payloadType() {
        return payloadType;
    }

    public List<Agent> subscribers() {
        return subscribers;
    }

    public static Optional<EventType> byName(String typeName) {
        return Optional.ofNullable(BY_NAME.get(typeName));
    }
}
