package com.agora.documentgeneration.boundary;

import com.agora.events.EventType;
import com.agora.events.OrderShipped;
import com.agora.events.ShipmentCreated;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.messaging.AgentInbox;
import com.agora.kernel.messaging.InboxHandlers;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;

@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/agora/document-generation"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class DocumentInbox extends AgentInbox {

    @EJB
    DocumentReactions documents;

    @Override
    public Agent agent() {
        return Agent.DOCUMENT_GENERATION;
    }

    @Override
    protected void declare(InboxHandlers handlers) {
        handlers.on(EventType.SHIPMENT_CREATED, ShipmentCreated.class, event -> documents.shipmentCreated(event))
                .on(EventType.ORDER_SHIPPED, OrderShipped.class, event -> documents.orderShipped(event))
                .beforeEachTransaction(events -> documents.readIssuedFor(events));
    }
}
