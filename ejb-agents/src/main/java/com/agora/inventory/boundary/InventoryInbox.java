package com.agora.inventory.boundary;

import com.agora.events.OrderCancelled;
import com.agora.events.OrderPlaced;
import com.agora.events.OrderShipped;
import com.agora.events.RestockRequested;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.event.ReceivedEvent;
import com.agora.kernel.messaging.AgentInbox;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;

@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/agora/inventory"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class InventoryInbox extends AgentInbox {

    @Inject
    InventoryAgent inventory;

    @Override
    protected Agent agent() {
        return Agent.INVENTORY;
    }

    @Override
    protected void handle(ReceivedEvent event) {
        switch (event.type()) {
            case ORDER_PLACED -> inventory.reserveStock(event.payload(OrderPlaced.class));
            case ORDER_CANCELLED -> inventory.releaseStock(event.payload(OrderCancelled.class));
            case ORDER_SHIPPED -> inventory.consumeStock(event.payload(OrderShipped.class));
            case RESTOCK_REQUESTED -> inventory.restock(event.payload(RestockRequested.class));
            default -> throw new IllegalArgumentException("Inventory does not handle " + event.type().typeName());
        }
    }
}
