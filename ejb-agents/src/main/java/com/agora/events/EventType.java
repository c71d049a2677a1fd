package com.agora.events;

import com.agora.kernel.agent.Agent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The published language between agents: every event type, its payload, and the agents that listen to it.
 * Routing lives here, in one table, so a reader sees the whole choreography at a glance.
 */
public enum EventType {
    ORDER_PLACED("OrderPlaced", OrderPlaced.class, Agent.INVENTORY),
    ORDER_CANCELLED("OrderCancelled", OrderCancelled.class, Agent.INVENTORY),
    STOCK_RESERVED("StockReserved", StockReserved.class, Agent.ORDER),
    STOCK_UNAVAILABLE("StockUnavailable", StockUnavailable.class, Agent.ORDER),
    STOCK_RELEASED("StockReleased", StockReleased.class, Agent.ORDER);

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
        return Arrays.stream(values()).filter(t -> t.typeName.equals(typeName)).findFirst();
    }
}
