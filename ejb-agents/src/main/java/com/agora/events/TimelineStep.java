package com.agora.events;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The steps an order's timeline can show, one vocabulary for every agent. The names are what people and
 * integrators read on the order page and in the API ({@code eventType} of a timeline entry).
 */
public enum TimelineStep {
    ORDER_PLACED("OrderPlaced"),
    ORDER_REJECTED("OrderRejected"),
    ORDER_CANCELLED("OrderCancelled"),
    ORDER_SHIPPED("OrderShipped"),
    ORDER_DELIVERED("OrderDelivered"),
    REPLACEMENT_PLACED("ReplacementPlaced"),
    SHIPMENT_NOT_EXPECTED("ShipmentNotExpected"),

    STOCK_RESERVED("StockReserved"),
    STOCK_UNAVAILABLE("StockUnavailable"),
    STOCK_RELEASED("StockReleased"),
    STOCK_CONSUMED("StockConsumed"),
    STOCK_RESTOCKED("StockRestocked"),

    FRAUD_CLEARED("FraudCleared"),
    FRAUD_REVIEW_REQUIRED("FraudReviewRequired"),
    FRAUD_REJECTED("FraudRejected"),

    PAYMENT_AUTHORIZED("PaymentAuthorized"),
    PAYMENT_DECLINED("PaymentDeclined"),
    PAYMENT_TIMED_OUT("PaymentTimedOut"),
    PAYMENT_CAPTURED("PaymentCaptured"),
    PAYMENT_VOIDED("PaymentVoided"),
    PAYMENT_REFUNDED("PaymentRefunded"),
    REFUND_FAILED("RefundFailed"),

    PARCEL_PACKED("ParcelPacked"),
    SHIPMENT_CREATED("ShipmentCreated"),
    SHIPMENT_PENDING("ShipmentPending"),
    SHIPMENT_IN_TRANSIT("ShipmentInTransit"),
    SHIPMENT_EXCEPTION("ShipmentException"),
    SHIPMENT_DELIVERED("ShipmentDelivered"),
    SHIPMENT_FAILED("ShipmentFailed"),
    SHIPMENT_RETURNED("ShipmentReturned"),

    DOCUMENT_GENERATED("DocumentGenerated"),
    CUSTOMER_NOTIFIED("CustomerNotified"),
    NOTIFICATION_FAILED("NotificationFailed"),

    RETURN_REQUESTED("ReturnRequested"),
    RETURN_APPROVED("ReturnApproved"),
    RETURN_REJECTED("ReturnRejected"),
    RETURN_RECEIVED("ReturnReceived"),
    RETURN_INSPECTED("ReturnInspected"),
    RETURN_REFUNDED("ReturnRefunded"),
    RETURN_REFUND_FAILED("ReturnRefundFailed"),
    RETURN_COMPLETED("ReturnCompleted"),
    RETURN_CANCELLED("ReturnCancelled");

    private static final Map<String, TimelineStep> BY_CONSTANT = Arrays.stream(values())
            .collect(Collectors.toMap(Enum::name, Function.identity()));

    private final String stepName;

    TimelineStep(String stepName) {
        this.stepName = stepName;
    }

    public String stepName() {
        return stepName;
    }

    /** The step a shipment reaches, from its status ({@code in_transit} → ShipmentInTransit). */
    public static TimelineStep ofShipment(String shipmentStatus) {
        return prefixed("SHIPMENT_", shipmentStatus);
    }

    /** The step a return reaches, from its status ({@code approved} → ReturnApproved). */
    public static TimelineStep ofReturn(String returnStatus) {
        return prefixed("RETURN_", returnStatus);
    }

    private static TimelineStep prefixed(String prefix, String status) {
        TimelineStep step = BY_CONSTANT.get(prefix + status.toUpperCase(Locale.ROOT));
        if (step == null) {
            throw new IllegalArgumentException("no timeline step for " + status);
        }
        return step;
    }
}
