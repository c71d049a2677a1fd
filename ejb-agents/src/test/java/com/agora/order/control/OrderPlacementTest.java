package com.agora.order.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.agora.events.TimelineStep;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.entity.TimelineEntry;
import com.agora.kernel.event.PublishedEvents;
import com.agora.kernel.timeline.OrderTimeline;
import com.agora.order.entity.CustomerOrder;
import com.agora.order.entity.OrderLine;
import com.agora.persistence.PostalAddress;
import com.agora.product.boundary.ProductViews.CatalogPrice;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderPlacementTest {

    private static final long MUG = 1000;
    private static final long TEA = 1001;
    private static final BigDecimal MUG_KG = new BigDecimal("0.350");
    private static final Map<Long, CatalogPrice> CATALOG = Map.of(
            MUG, new CatalogPrice(MUG, 100, 3, "MUG-01", "Stoneware mug", new BigDecimal("12.50"), true, MUG_KG),
            TEA, new CatalogPrice(TEA, 101, 3, "TEA-7", "Green tea", new BigDecimal("4.00"), true, null));

    private static final PostalAddress HOME = new PostalAddress("Ada Lovelace", null, "12 Engine Row", null,
            "London", null, "EC1A 1BB", "GB");
    private static final OrderParties ADA = new OrderParties(5, "ada@example.com", "Ada Lovelace",
            Instant.parse("2025-01-01T00:00:00Z"), 3, "Nordic Goods Ltd", 8, HOME, 8, HOME);

    private final OrderPlacement placement = new OrderPlacement();

    @BeforeEach
    void wire() {
        placement.taxRate = new BigDecimal("0.08");
        placement.flatShipping = new BigDecimal("10.00");
        placement.freeShippingFrom = new BigDecimal("100.00");
        placement.currency = "USD";
        placement.init();
        placement.store = new OrderStore() {
            @Override
            public String nextOrderNumber() {
                return "AG-00000042";
            }

            @Override
            public void persist(Object entity) {
                ((CustomerOrder) entity).setId(42L);
            }

            @Override
            public void flush() {
            }
        };
        placement.timeline = new OrderTimeline() {
            @Override
            public TimelineEntry record(long orderId, Agent agent, TimelineStep step, String detail) {
                return null;
            }
        };
        placement.events = new PublishedEvents(new ArrayList<>());
    }

    @Test
    void eachLineKeepsWhatAUnitWeighsInTheCatalogOrNothingWhereTheCatalogHasNoWeight() {
        Map<Long, Integer> quantities = new LinkedHashMap<>();
        quantities.put(MUG, 2);
        quantities.put(TEA, 1);

        CustomerOrder order = placement.newOrder(ADA, quantities, CATALOG, false);

        OrderLine mugs = order.getLines().get(0);
        assertEquals(MUG, mugs.getVariantId());
        assertEquals(MUG_KG, mugs.getUnitWeightKg());
        assertNull(order.getLines().get(1).getUnitWeightKg());
    }

    @Test
    void aReplacementShipsTheReturnedLineAsItWasSoldToTheOriginalPartiesFreeOfCharge() {
        Map<Long, Integer> quantities = new LinkedHashMap<>();
        quantities.put(MUG, 2);
        quantities.put(TEA, 1);
        CustomerOrder original = placement.newOrder(ADA, quantities, CATALOG, false);
        original.setOrderNumber("AG-00000007");
        original.setServiceLevel("express");

        CustomerOrder replacement = placement.placeReplacement(original, "RMA-1", MUG, 1);

        assertEquals(BigDecimal.ZERO.setScale(2), replacement.getTotal());
        OrderLine line = replacement.getLines().get(0);
        assertEquals(List.of("MUG-01", "Stoneware mug", new BigDecimal("12.50"), MUG_KG),
                List.of(line.getSku(), line.getName(), line.getUnitPrice(), line.getUnitWeightKg()));
        assertEquals(ADA, OrderParties.of(replacement));
        assertEquals("express", replacement.getServiceLevel());
    }
}
