package com.agora.order.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Prices an order from catalog prices: line totals, tax on the subtotal, flat shipping that is waived from a
 * threshold on. Rates come from configuration; clients never send prices.
 */
public record OrderPricing(BigDecimal taxRate, BigDecimal flatShipping, BigDecimal freeShippingFrom) {

    public record Line(BigDecimal unitPrice, int quantity) {

        public BigDecimal total() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
        }
    }

    public record Totals(BigDecimal subtotal, BigDecimal tax, BigDecimal shipping, BigDecimal total) {
    }

    public Totals price(List<Line> lines) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line");
        }
        BigDecimal subtotal = lines.stream().map(Line::total).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal tax = subtotal.multiply(taxRate).setScale(2, RoundingMode.HALF_UP);
        BigDecimal shipping = subtotal.compareTo(freeShippingFrom) >= 0
                ? BigDecimal.ZERO.setScale(2)
                : flatShipping.setScale(2, RoundingMode.HALF_UP);
        return new Totals(subtotal, tax, shipping, subtotal.add(tax).add(shipping));
    }
}
