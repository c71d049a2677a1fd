package com.agora.customercommunication.boundary;

import com.agora.events.EventType;
import com.agora.events.OrderCancelled;
import com.agora.events.OrderConfirmed;
import com.agora.events.OrderDelivered;
import com.agora.events.OrderShipped;
import com.agora.events.PaymentRefunded;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.messaging.AgentInbox;
import com.agora.kernel.messaging.InboxHandlers;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;

@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup",
                propertyValue = "jms/agora/customer-communication"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class CommunicationInbox extends AgentInbox {

    @EJB
    CommunicationReactions communication;

    @Override
    public Agent agent() {
        return Agent.CUSTOMER_COMMUNICATION;
    }

    @Override
    protected void declare(InboxHandlers handlers) {
        handlers.on(EventType.ORDER_CONFIRMED, OrderConfirmed.class, event -> communication.orderConfirmed(event))
                .on(EventType.ORDER_CANCELLED, OrderCancelled.class, event -> communication.orderCancelled(event))
                .on(EventType.ORDER_SHIPPED, OrderShipped.class, event -> communication.orderShipped(event))
                .on(EventType.ORDER_DELIVERED, OrderDelivered.class, event -> communication.orderDelivered(event))
                .on(EventType.PAYMENT_REFUNDED, PaymentRefunded.class, event -> communication.paymentRefunded(event))
                .afterEachTransaction(() -> communication.sendTheRound());
    }
}
