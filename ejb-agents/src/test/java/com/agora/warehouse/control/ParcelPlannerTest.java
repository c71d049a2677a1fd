package com.agora.warehouse.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.agora.events.OrderConfirmed.Line;
import com.agora.events.OrderConfirmed.Parcel;
import com.agora.warehouse.control.ParcelPlanner.PlannedPickList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParcelPlannerTest {

    private static final long LAX = 10;
    private static final long NYC = 11;
    private static final long HEADPHONES = 7;
    private static final long CABLE = 8;

    private final ParcelPlanner planner = new ParcelPlanner(new BigDecimal("0.500"));

    @Test
    void aSplitOrderGetsOnePickListPerWarehouseWeighedFromTheCatalog() {
        List<PlannedPickList> plans = planner.plan(List.of(
                        new Parcel(LAX, "WH-LAX", List.of(line(1, HEADPHONES, 2), line(2, CABLE, 1))),
                        new Parcel(NYC, "WH-NYC", List.of(line(1, HEADPHONES, 3)))),
                Map.of(HEADPHONES, new BigDecimal("0.350"), CABLE, new BigDecimal("0.100")));

        assertEquals(2, plans.size());
        assertEquals(LAX, plans.get(0).warehouseId());
        assertEquals(3, plans.get(0).units());
        assertEquals(new BigDecimal("0.800"), plans.get(0).weightKg());
        assertEquals("WH-NYC", plans.get(1).warehouseCode());
        assertEquals(3, plans.get(1).units());
        assertEquals(new BigDecimal("1.050"), plans.get(1).weightKg());
    }

    @Test
    void aVariantWithoutWeightWeighsTheDefault() {
        PlannedPickList plan = planner.plan(List.of(new Parcel(LAX, "WH-LAX", List.of(line(1, CABLE, 4)))), Map.of())
                .get(0);

        assertEquals(new BigDecimal("0.500"), plan.lines().get(0).unitWeightKg());
        assertEquals(new BigDecimal("2.000"), plan.weightKg());
    }

    @Test
    void aWarehouseNamedTwiceGetsOnePickListAndEmptyLinesAreLeftOut() {
        List<PlannedPickList> plans = planner.plan(List.of(
                new Parcel(LAX, "WH-LAX", List.of(line(1, HEADPHONES, 1))),
                new Parcel(NYC, "WH-NYC", List.of(line(2, CABLE, 0))),
                new Parcel(LAX, "WH-LAX", List.of(line(2, CABLE, 2)))), Map.of());

        assertEquals(1, plans.size());
        assertEquals(2, plans.get(0).lines().size());
        assertEquals(3, plans.get(0).units());
    }

    private static Line line(long orderLineId, long variantId, int quantity) {
        return new Line(orderLineId, 100 + variantId, variantId, "SKU-" + variantId, "Variant " + variantId, quantity);
    }
}
