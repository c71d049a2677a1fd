package com.agora.fraud.boundary;

import com.agora.events.FraudCheckRequested;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.event.ReceivedEvent;
import com.agora.kernel.messaging.AgentInbox;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;

@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/agora/fraud-detection"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class FraudInbox extends AgentInbox {

    @Inject
    FraudAgent fraud;

    @Override
    protected Agent agent() {
        return Agent.FRAUD_DETECTION;
    }

    @Override
    protected void handle(ReceivedEvent event) {
        switch (event.type()) {
            case FRAUD_CHECK_REQUESTED -> fraud.assessOrder(event.payload(FraudCheckRequested.class));
            default -> throw new IllegalArgumentException("Fraud Detection does not handle " + event.type().typeName());
        }
    }
}
