package com.agora.frauddetection.boundary;

import com.agora.events.EventType;
import com.agora.events.FraudCheckRequested;
import com.agora.events.PaymentFailed;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.messaging.AgentInbox;
import com.agora.kernel.messaging.InboxHandlers;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;

@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/agora/fraud-detection"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class FraudInbox extends AgentInbox {

    @EJB
    FraudReactions fraud;

    @Override
    public Agent agent() {
        return Agent.FRAUD_DETECTION;
    }

    @Override
    protected void declare(InboxHandlers handlers) {
        handlers.on(EventType.FRAUD_CHECK_REQUESTED, FraudCheckRequested.class, event -> fraud.assessOrder(event))
                .on(EventType.PAYMENT_FAILED, PaymentFailed.class, event -> fraud.paymentFailed(event))
                .beforeEachTransaction(events -> fraud.readAheadFor(events));
    }
}
