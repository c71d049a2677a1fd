package com.agora.returns.boundary;

import com.agora.events.PaymentRefunded;
import com.agora.events.RefundFailed;
import com.agora.events.ReplacementPlaced;
import com.agora.events.StockRestocked;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.event.ReceivedEvent;
import com.agora.kernel.messaging.AgentInbox;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;

@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/agora/returns"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class ReturnsInbox extends AgentInbox {

    @Inject
    ReturnsAgent returns;

    @Override
    protected Agent agent() {
        return Agent.RETURNS;
    }

    @Override
    protected void handle(ReceivedEvent event) {
        switch (event.type()) {
            case PAYMENT_REFUNDED -> returns.paymentRefunded(event.payload(PaymentRefunded.class));
            case REFUND_FAILED -> returns.refundFailed(event.payload(RefundFailed.class));
            case STOCK_RESTOCKED -> returns.stockRestocked(event.payload(StockRestocked.class));
            case REPLACEMENT_PLACED -> returns.replacementPlaced(event.payload(ReplacementPlaced.class));
            default -> throw new IllegalArgumentException("Returns does not handle " + event.type().typeName());
        }
    }
}
