package com.agora.events;

import com.agora.persistence.PostalAddress;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Every parcel of the order has a shipment: payment is captured, the invoice issued, stock consumed. It states the
 * order as charged, line by line, with the merchant's name and the billing address it recorded, so the invoice
 * asks no agent anything.
 *
 * @param billTo where the invoice goes: the shipping address when the customer gave no other
 */
public record OrderShipped(long orderId, String orderNumber, long merchantId, String merchantName, long customerId,
        CustomerContact customer, PostalAddress billTo, Instant shippedAt, List<Line> lines, BigDecimal subtotal, BigDecimal discount, BigDecimal tax,
        BigDecimal shippingCost, BigDecimal total, String currency, List<Shipment> shipments) {

    public record Line(String sku, String name, int quantity, BigDecimal unitPrice, BigDecimal total) {
    }

    public record Shipment(long shipmentId, String carrierCode, String trackingNumber, String trackingUrl) {
    }
}
