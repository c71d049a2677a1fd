package com.agora.returns.boundary;

import com.agora.events.EventType;
import com.agora.events.PaymentRefunded;
import com.agora.events.RefundFailed;
import com.agora.events.ReplacementPlaced;
import com.agora.events.StockRestocked;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.messaging.AgentInbox;
import com.agora.kernel.messaging.InboxHandlers;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;

@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/agora/returns"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class ReturnsInbox extends AgentInbox {

    @EJB
    ReturnsReactions returns;

    @Override
    public Agent agent() {
        return Agent.RETURNS;
    }

    @Override
    protected void declare(InboxHandlers handlers) {
        handlers.on(EventType.PAYMENT_REFUNDED, PaymentRefunded.class, event -> returns.paymentRefunded(event))
                .on(EventType.REFUND_FAILED, RefundFailed.class, event -> returns.refundFailed(event))
                .on(EventType.STOCK_RESTOCKED, StockRestocked.class, event -> returns.stockRestocked(event))
                .on(EventType.REPLACEMENT_PLACED, ReplacementPlaced.class, event -> returns.replacementPlaced(event));
    }
}
