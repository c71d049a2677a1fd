package com.agora.order.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderPricingTest {

    private final OrderPricing pricing = new OrderPricing(new BigDecimal("0.08"), new BigDecimal("10.00"),
            new BigDecimal("100.00"));

    @Test
    void addsTaxAndFlatShippingBelowTheThreshold() {
        OrderPricing.Totals totals = pricing.price(List.of(new OrderPricing.Line(new BigDecimal("12.50"), 6)));

        assertEquals(new BigDecimal("75.00"), totals.subtotal());
        assertEquals(new BigDecimal("6.00"), totals.tax());
        assertEquals(new BigDecimal("10.00"), totals.shipping());
        assertEquals(new BigDecimal("91.00"), totals.total());
    }

    @Test
    void shipsFreeFromTheThresholdAndRoundsTaxToCents() {
        OrderPricing.Totals totals = pricing.price(List.of(
                new OrderPricing.Line(new BigDecimal("99.99"), 1), new OrderPricing.Line(new BigDecimal("0.07"), 1)));

        assertEquals(new BigDecimal("100.06"), totals.subtotal());
        assertEquals(new BigDecimal("8.00"), totals.tax());
        assertEquals(new BigDecimal("0.00"), totals.shipping());
        assertEquals(new BigDecimal("108.06"), totals.total());
    }
}
