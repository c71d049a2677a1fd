package com.agora.document.boundary;

import com.agora.events.OrderShipped;
import com.agora.events.ShipmentCreated;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.event.ReceivedEvent;
import com.agora.kernel.messaging.AgentInbox;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;

@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/agora/document-generation"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class DocumentInbox extends AgentInbox {

    @Inject
    DocumentAgent documents;

    @Override
    protected Agent agent() {
        return Agent.DOCUMENT_GENERATION;
    }

    @Override
    protected void handle(ReceivedEvent event) {
        switch (event.type()) {
            case SHIPMENT_CREATED -> documents.shipmentCreated(event.payload(ShipmentCreated.class));
            case ORDER_SHIPPED -> documents.orderShipped(event.payload(OrderShipped.class));
            default -> throw new IllegalArgumentException("Document Generation does not handle "
                    + event.type().typeName());
        }
    }
}
