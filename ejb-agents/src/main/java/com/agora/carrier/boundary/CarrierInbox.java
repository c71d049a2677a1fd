package com.agora.carrier.boundary;

import com.agora.events.ParcelPacked;
import com.agora.events.ShipmentTracked;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.event.ReceivedEvent;
import com.agora.kernel.messaging.AgentInbox;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;

@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/agora/carrier"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class CarrierInbox extends AgentInbox {

    @Inject
    CarrierAgent carrier;

    @Override
    protected Agent agent() {
        return Agent.CARRIER;
    }

    @Override
    protected void handle(ReceivedEvent event) {
        switch (event.type()) {
            case PARCEL_PACKED -> carrier.shipParcel(event.payload(ParcelPacked.class));
            case SHIPMENT_TRACKED -> carrier.trackShipment(event.payload(ShipmentTracked.class));
            default -> throw new IllegalArgumentException("Carrier does not handle " + event.type().typeName());
        }
    }
}
