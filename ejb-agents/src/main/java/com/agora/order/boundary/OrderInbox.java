package com.agora.order.boundary;

import com.agora.events.StockReleased;
import com.agora.events.StockReserved;
import com.agora.events.StockUnavailable;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.event.ReceivedEvent;
import com.agora.kernel.messaging.AgentInbox;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;

@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/agora/order"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class OrderInbox extends AgentInbox {

    @Inject
    OrderAgent orders;

    @Override
    protected Agent agent() {
        return Agent.ORDER;
    }

    @Override
    protected void handle(ReceivedEvent event) {
        switch (event.type()) {
            case STOCK_RESERVED -> orders.stockReserved(event.payload(StockReserved.class));
            case STOCK_UNAVAILABLE -> orders.stockUnavailable(event.payload(StockUnavailable.class));
            case STOCK_RELEASED -> orders.stockReleased(event.payload(StockReleased.class));
            default -> throw new IllegalArgumentException("Order does not handle " + event.type().typeName());
        }
    }
}
