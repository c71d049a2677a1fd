package com.agora.inventory.boundary;

import com.agora.events.EventType;
import com.agora.events.OrderCancelled;
import com.agora.events.OrderPlaced;
import com.agora.events.OrderShipped;
import com.agora.events.RestockRequested;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.messaging.AgentInbox;
import com.agora.kernel.messaging.InboxHandlers;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;

@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/agora/inventory"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class InventoryInbox extends AgentInbox {

    @EJB
    InventoryReactions inventory;

    @Override
    public Agent agent() {
        return Agent.INVENTORY;
    }

    @Override
    protected void declare(InboxHandlers handlers) {
        handlers.on(EventType.ORDER_PLACED, OrderPlaced.class, event -> inventory.reserveStock(event))
                .on(EventType.ORDER_CANCELLED, OrderCancelled.class, event -> inventory.releaseStock(event))
                .on(EventType.ORDER_SHIPPED, OrderShipped.class, event -> inventory.consumeStock(event))
                .on(EventType.RESTOCK_REQUESTED, RestockRequested.class, event -> inventory.restock(event))
                .beforeEachTransaction(events -> inventory.lockStockFor(events));
    }
}
