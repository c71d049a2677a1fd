package com.agora.transportmanagement.boundary;

import com.agora.events.EventType;
import com.agora.events.ShipmentCreated;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.event.ReceivedEvent;
import com.agora.kernel.messaging.AgentInbox;
import com.agora.kernel.messaging.InboxHandlers;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;

@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/agora/transport-management"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class TransportInbox extends AgentInbox {

    @EJB
    TransportReactions transport;

    @Override
    public Agent agent() {
        return Agent.TRANSPORT_MANAGEMENT;
    }

    @Override
    protected void declare(InboxHandlers handlers) {
        handlers.on(EventType.SHIPMENT_CREATED, ShipmentCreated.class, event -> transport.schedulePickup(event))
                .beforeEachTransaction(events -> transport.holdPickupsFor(
                        ReceivedEvent.payloads(events, ShipmentCreated.class)));
    }
}
