package com.agora.document.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.agora.order.boundary.OrderViews.AllocationView;
import com.agora.order.boundary.OrderViews.LineView;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParcelContentsTest {

    private static final List<LineView> LINES = List.of(
            new LineView(1, 10, 100, "MUG-01", "Mug", 5, BigDecimal.ONE, new BigDecimal("5")),
            new LineView(2, 11, 101, "TEA-7", "Tea", 1, BigDecimal.ONE, BigDecimal.ONE));

    @Test
    void aParcelHoldsTheUnitsAllocatedToItsWarehouseOnly() {
        List<AllocationView> allocations = List.of(new AllocationView(100, 1, "WH-EAST", 3),
                new AllocationView(100, 2, "WH-WEST", 2), new AllocationView(101, 2, "WH-WEST", 1));

        assertEquals(List.of(new PackingSlip.Item("MUG-01", "Mug", 3)),
                ParcelContents.shippedFrom(1, LINES, allocations));
        assertEquals(List.of(new PackingSlip.Item("MUG-01", "Mug", 2), new PackingSlip.Item("TEA-7", "Tea", 1)),
                ParcelContents.shippedFrom(2, LINES, allocations));
    }

    @Test
    void stockHeldForAVariantTheOrderLacksIsAnError() {
        List<AllocationView> allocations = List.of(new AllocationView(999, 1, "WH-EAST", 1));

        assertThrows(IllegalStateException.class, () -> ParcelContents.shippedFrom(1, LINES, allocations));
    }
}
