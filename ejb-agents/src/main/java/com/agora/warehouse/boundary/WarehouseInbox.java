package com.agora.warehouse.boundary;

import com.agora.events.EventType;
import com.agora.events.OrderCancelled;
import com.agora.events.OrderConfirmed;
import com.agora.events.ShipmentCreated;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.event.ReceivedEvent;
import com.agora.kernel.messaging.AgentInbox;
import com.agora.kernel.messaging.InboxHandlers;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;

@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/agora/warehouse"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class WarehouseInbox extends AgentInbox {

    @EJB
    WarehouseReactions warehouse;

    @Override
    public Agent agent() {
        return Agent.WAREHOUSE;
    }

    @Override
    protected void declare(InboxHandlers handlers) {
        handlers.on(EventType.ORDER_CONFIRMED, OrderConfirmed.class, event -> warehouse.openPickLists(event))
                .on(EventType.ORDER_CANCELLED, OrderCancelled.class, event -> warehouse.cancelPickLists(event))
                .on(EventType.SHIPMENT_CREATED, ShipmentCreated.class, event -> warehouse.recordHandover(event))
                .beforeEachTransaction(events -> warehouse.readAheadFor(ReceivedEvent.payloads(events,
                        OrderConfirmed.class), ReceivedEvent.payloads(events, ShipmentCreated.class)));
    }
}
