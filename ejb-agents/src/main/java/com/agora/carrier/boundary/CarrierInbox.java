package com.agora.carrier.boundary;

import com.agora.events.EventType;
import com.agora.events.ParcelPacked;
import com.agora.events.ShipmentTracked;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.event.ReceivedEvent;
import com.agora.kernel.messaging.AgentInbox;
import com.agora.kernel.messaging.InboxHandlers;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;

@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/agora/carrier"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class CarrierInbox extends AgentInbox {

    @EJB
    CarrierReactions carrier;

    @Override
    public Agent agent() {
        return Agent.CARRIER;
    }

    @Override
    protected void declare(InboxHandlers handlers) {
        handlers.on(EventType.PARCEL_PACKED, ParcelPacked.class, event -> carrier.shipParcel(event))
                .on(EventType.SHIPMENT_TRACKED, ShipmentTracked.class, event -> carrier.trackShipment(event))
                .beforeEachTransaction(events -> carrier.readAheadFor(
                        ReceivedEvent.payloads(events, ParcelPacked.class)));
    }
}
