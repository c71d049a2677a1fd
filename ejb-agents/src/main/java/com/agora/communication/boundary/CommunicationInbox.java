package com.agora.communication.boundary;

import com.agora.events.OrderCancelled;
import com.agora.events.OrderConfirmed;
import com.agora.events.OrderDelivered;
import com.agora.events.OrderShipped;
import com.agora.events.PaymentRefunded;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.event.ReceivedEvent;
import com.agora.kernel.messaging.AgentInbox;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;

@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup",
                propertyValue = "jms/agora/customer-communication"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class CommunicationInbox extends AgentInbox {

    @Inject
    CommunicationAgent communication;

    @Override
    protected Agent agent() {
        return Agent.CUSTOMER_COMMUNICATION;
    }

    @Override
    protected void handle(ReceivedEvent event) {
        switch (event.type()) {
            case ORDER_CONFIRMED -> communication.orderConfirmed(event.payload(OrderConfirmed.class));
            case ORDER_CANCELLED -> communication.orderCancelled(event.payload(OrderCancelled.class));
            case ORDER_SHIPPED -> communication.orderShipped(event.payload(OrderShipped.class));
            case ORDER_DELIVERED -> communication.orderDelivered(event.payload(OrderDelivered.class));
            case PAYMENT_REFUNDED -> communication.paymentRefunded(event.payload(PaymentRefunded.class));
            default -> throw new IllegalArgumentException("Customer Communication does not handle "
                    + event.type().typeName());
        }
    }
}
