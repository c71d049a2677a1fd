package com.agora.order.boundary;

import com.agora.events.CustomerNotified;
import com.agora.events.DocumentGenerated;
import com.agora.events.FraudAssessed;
import com.agora.events.ParcelPacked;
import com.agora.events.PaymentAuthorized;
import com.agora.events.PaymentCaptured;
import com.agora.events.PaymentFailed;
import com.agora.events.PaymentRefunded;
import com.agora.events.PaymentVoided;
import com.agora.events.RefundFailed;
import com.agora.events.ReplacementRequested;
import com.agora.events.ReturnUpdated;
import com.agora.events.ShipmentCreated;
import com.agora.events.ShipmentTracked;
import com.agora.events.StockConsumed;
import com.agora.events.StockReleased;
import com.agora.events.StockReserved;
import com.agora.events.StockRestocked;
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
    OrderProgress progress;

    @Override
    protected Agent agent() {
        return Agent.ORDER;
    }

    @Override
    protected void handle(ReceivedEvent event) {
        switch (event.type()) {
            case STOCK_RESERVED -> progress.stockReserved(event.payload(StockReserved.class));
            case STOCK_UNAVAILABLE -> progress.stockUnavailable(event.payload(StockUnavailable.class));
            case STOCK_RELEASED -> progress.stockReleased(event.payload(StockReleased.class));
            case STOCK_CONSUMED -> progress.stockConsumed(event.payload(StockConsumed.class));
            case STOCK_RESTOCKED -> progress.stockRestocked(event.payload(StockRestocked.class));
            case FRAUD_ASSESSED -> progress.fraudAssessed(event.payload(FraudAssessed.class));
            case PAYMENT_AUTHORIZED -> progress.paymentAuthorized(event.payload(PaymentAuthorized.class));
            case PAYMENT_FAILED -> progress.paymentFailed(event.payload(PaymentFailed.class));
            case PAYMENT_CAPTURED -> progress.paymentCaptured(event.payload(PaymentCaptured.class));
            case PAYMENT_VOIDED -> progress.paymentVoided(event.payload(PaymentVoided.class));
            case PAYMENT_REFUNDED -> progress.paymentRefunded(event.payload(PaymentRefunded.class));
            case REFUND_FAILED -> progress.refundFailed(event.payload(RefundFailed.class));
            case PARCEL_PACKED -> progress.parcelPacked(event.payload(ParcelPacked.class));
            case SHIPMENT_CREATED -> progress.shipmentCreated(event.payload(ShipmentCreated.class));
            case SHIPMENT_TRACKED -> progress.shipmentTracked(event.payload(ShipmentTracked.class));
            case DOCUMENT_GENERATED -> progress.documentGenerated(event.payload(DocumentGenerated.class));
            case CUSTOMER_NOTIFIED -> progress.customerNotified(event.payload(CustomerNotified.class));
            case RETURN_UPDATED -> progress.returnUpdated(event.payload(ReturnUpdated.class));
            case REPLACEMENT_REQUESTED -> progress.replacementRequested(event.payload(ReplacementRequested.class));
            default -> throw new IllegalArgumentException("Order does not handle " + event.type().typeName());
        }
    }
}
