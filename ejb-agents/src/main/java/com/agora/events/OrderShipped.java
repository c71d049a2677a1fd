package com.agora.events;

import java.math.BigDecimal;
import java.util.List;

/** Every parcel of the order has a shipment: payment is captured, the invoice issued, stock consumed. */
public record OrderShipped(long orderId, String orderNumber, long merchantId, long customerId, BigDecimal total,
        String currency, List<Shipment> shipments) {

    public record Shipment(long shipmentId, String carrierCode, String trackingNumber, String trackingUrl) {
    }
}
