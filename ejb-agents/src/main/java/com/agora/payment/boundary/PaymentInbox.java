package com.agora.payment.boundary;

import com.agora.events.EventType;
import com.agora.events.OrderCancelled;
import com.agora.events.OrderShipped;
import com.agora.events.PaymentRequested;
import com.agora.events.RefundRequested;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.messaging.AgentInbox;
import com.agora.kernel.messaging.InboxHandlers;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;

@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/agora/payment"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class PaymentInbox extends AgentInbox {

    @EJB
    PaymentReactions payment;

    @Override
    public Agent agent() {
        return Agent.PAYMENT;
    }

    @Override
    protected void declare(InboxHandlers handlers) {
        handlers.on(EventType.PAYMENT_REQUESTED, PaymentRequested.class, event -> payment.authorizePayment(event))
                .on(EventType.ORDER_SHIPPED, OrderShipped.class, event -> payment.capturePayment(event))
                .on(EventType.ORDER_CANCELLED, OrderCancelled.class, event -> payment.compensatePayment(event))
                .on(EventType.REFUND_REQUESTED, RefundRequested.class, event -> payment.refundPayment(event))
                .beforeEachTransaction(events -> payment.readAheadFor(events));
    }
}
