package com.agora.transport.boundary;

import com.agora.events.ShipmentCreated;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.event.ReceivedEvent;
import com.agora.kernel.messaging.AgentInbox;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;

@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/agora/transport-management"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class TransportInbox extends AgentInbox {

    @Inject
    TransportAgent transport;

    @Override
    protected Agent agent() {
        return Agent.TRANSPORT_MANAGEMENT;
    }

    @Override
    protected void handle(ReceivedEvent event) {
        switch (event.type()) {
            case SHIPMENT_CREATED -> transport.schedulePickup(event.payload(ShipmentCreated.class));
            default -> throw new IllegalArgumentException("Transport Management does not handle "
                    + event.type().typeName());
        }
    }
}
