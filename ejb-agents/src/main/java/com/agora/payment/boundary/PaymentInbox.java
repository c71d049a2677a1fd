package com.agora.payment.boundary;

import com.agora.events.OrderCancelled;
import com.agora.events.OrderShipped;
import com.agora.events.PaymentRequested;
import com.agora.events.RefundRequested;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.event.ReceivedEvent;
import com.agora.kernel.messaging.AgentInbox;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;

@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/agora/payment"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class PaymentInbox extends AgentInbox {

    @Inject
    PaymentAgent payment;

    @Override
    protected Agent agent() {
        return Agent.PAYMENT;
    }

    @Override
    protected void handle(ReceivedEvent event) {
        switch (event.type()) {
            case PAYMENT_REQUESTED -> payment.authorizePayment(event.payload(PaymentRequested.class));
            case ORDER_SHIPPED -> payment.capturePayment(event.payload(OrderShipped.class));
            case ORDER_CANCELLED -> payment.compensatePayment(event.payload(OrderCancelled.class));
            case REFUND_REQUESTED -> payment.refundPayment(event.payload(RefundRequested.class));
            default -> throw new IllegalArgumentException("Payment does not handle " + event.type().typeName());
        }
    }
}
