package com.agora.warehouse.boundary;

import com.agora.events.OrderCancelled;
import com.agora.events.OrderConfirmed;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.event.ReceivedEvent;
import com.agora.kernel.messaging.AgentInbox;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;

@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/agora/warehouse"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class WarehouseInbox extends AgentInbox {

    @Inject
    WarehouseAgent warehouse;

    @Override
    protected Agent agent() {
        return Agent.WAREHOUSE;
    }

    @Override
    protected void handle(ReceivedEvent event) {
        switch (event.type()) {
            case ORDER_CONFIRMED -> warehouse.openPickLists(event.payload(OrderConfirmed.class));
            case ORDER_CANCELLED -> warehouse.cancelPickLists(event.payload(OrderCancelled.class));
            default -> throw new IllegalArgumentException("Warehouse does not handle " + event.type().typeName());
        }
    }
}
