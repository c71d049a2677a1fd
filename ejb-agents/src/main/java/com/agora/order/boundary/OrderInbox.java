package com.agora.order.boundary;

import com.agora.events.EventType;
import com.agora.events.FraudAssessed;
import com.agora.events.PaymentAuthorized;
import com.agora.events.PaymentCaptured;
import com.agora.events.PaymentFailed;
import com.agora.events.PaymentRefunded;
import com.agora.events.PaymentVoided;
import com.agora.events.ReplacementRequested;
import com.agora.events.ShipmentCreated;
import com.agora.events.ShipmentTracked;
import com.agora.events.StockReserved;
import com.agora.events.StockUnavailable;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.messaging.AgentInbox;
import com.agora.kernel.messaging.InboxHandlers;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;

@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/agora/order"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class OrderInbox extends AgentInbox {

    @EJB
    OrderReactions untilConfirmed;

    @EJB
    OrderFulfilmentReactions afterConfirmation;

    @Override
    public Agent agent() {
        return Agent.ORDER;
    }

    @Override
    protected void declare(InboxHandlers handlers) {
        handlers.on(EventType.STOCK_RESERVED, StockReserved.class, event -> untilConfirmed.stockReserved(event))
                .on(EventType.STOCK_UNAVAILABLE, StockUnavailable.class,
                        event -> untilConfirmed.stockUnavailable(event))
                .on(EventType.FRAUD_ASSESSED, FraudAssessed.class, event -> untilConfirmed.fraudAssessed(event))
                .on(EventType.PAYMENT_AUTHORIZED, PaymentAuthorized.class,
                        event -> untilConfirmed.paymentAuthorized(event))
                .on(EventType.PAYMENT_FAILED, PaymentFailed.class, event -> untilConfirmed.paymentFailed(event))
                .on(EventType.PAYMENT_CAPTURED, PaymentCaptured.class,
                        event -> afterConfirmation.paymentCaptured(event))
                .on(EventType.PAYMENT_VOIDED, PaymentVoided.class, event -> afterConfirmation.paymentVoided(event))
                .on(EventType.PAYMENT_REFUNDED, PaymentRefunded.class,
                        event -> afterConfirmation.paymentRefunded(event))
                .on(EventType.SHIPMENT_CREATED, ShipmentCreated.class,
                        event -> afterConfirmation.shipmentCreated(event))
                .on(EventType.SHIPMENT_TRACKED, ShipmentTracked.class,
                        event -> afterConfirmation.shipmentTracked(event))
                .on(EventType.REPLACEMENT_REQUESTED, ReplacementRequested.class,
                        event -> afterConfirmation.replacementRequested(event))
                .beforeEachTransaction(events -> untilConfirmed.lockOrdersOf(events));
    }
}
