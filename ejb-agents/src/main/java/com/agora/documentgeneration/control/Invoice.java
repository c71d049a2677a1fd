package com.agora.documentgeneration.control;

import com.agora.events.OrderShipped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** What an invoice states: who sells, who pays, what for, and the sums as the order was charged. */
public record Invoice(String orderNumber, LocalDate issuedOn, String sellerName, List<String> billTo,
        List<Line> lines, BigDecimal subtotal, BigDecimal discount, BigDecimal tax, BigDecimal shipping,
        BigDecimal total, String currency) {

    public record Line(String sku, String name, int quantity, BigDecimal unitPrice, BigDecimal amount) {
    }

    /**
     * Dated the day the order shipped in the shop's time zone, even when it is made later, after retries or a
     * backlog.
     */
    public static Invoice of(OrderShipped shipped, ZoneId shopZone, String sellerName, List<String> billTo) {
        return new Invoice(shipped.orderNumber(), LocalDate.ofInstant(shipped.shippedAt(), shopZone),
                sellerName, billTo, shipped.lines().stream().map(l -> new Line(l.sku(), l.name(), l.quantity(),
                        l.unitPrice(), l.total())).toList(), shipped.subtotal(), shipped.discount(), shipped.tax(),
                shipped.shippingCost(), shipped.total(), shipped.currency());
    }

    public String fileName() {
        return "invoice-" + orderNumber + ".pdf";
    }
}
