package com.agora.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Every parcel of the order has a shipment: payment is captured, the invoice issued, stock consumed. It states the
 * order as charged, line by line, so the invoice asks the Order agent nothing.
 *
 * @param billingAddressId where the invoice goes: the shipping address when the customer gave no other
 */
public record OrderShipped(long orderId, String orderNumber, long merchantId, long customerId, long billingAddressId,
        Instant shippedAt, List<Line> lines, BigDecimal subtotal, BigDecimal discount, BigDecimal tax,
        BigDecimal shippingCost, BigDecimal total, String currency, List<Shipment> shipments) {

    public record Line(String sku, String name, int quantity, BigDecimal unitPrice, BigDecimal total) {
    }

    public record Shipment(long shipmentId, String carrierCode, String trackingNumber, String trackingUrl) {
    }
}
