package com.agora.warehouse.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.agora.events.OrderConfirmed.Line;
import com.agora.events.OrderConfirmed.Parcel;
import com.agora.warehouse.control.ParcelPlanner.PlannedPickList;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParcelPlannerTest {

    private static final long LAX = 10;
    private static final long NYC = 11;
    private static final long HEADPHONES = 7;
    private static final long CABLE = 8;
    private static final BigDecimal HEADPHONES_KG = new BigDecimal("0.350");
    private static final BigDecimal CABLE_KG = new BigDecimal("0.100");

    private final ParcelPlanner planner = new ParcelPlanner(new BigDecimal("0.500"));

    @Test
    void aSplitOrderGetsOnePickListPerWarehouseWeighedAsTheOrderStatesIt() {
        List<PlannedPickList> plans = planner.plan(List.of(
                new Parcel(LAX, "WH-LAX", List.of(line(1, HEADPHONES, 2, HEADPHONES_KG), line(2, CABLE, 1, CABLE_KG))),
                new Parcel(NYC, "WH-NYC", List.of(line(1, HEADPHONES, 3, HEADPHONES_KG)))));

        assertEquals(2, plans.size());
        assertEquals(LAX, plans.get(0).warehouseId());
        assertEquals(3, plans.get(0).units());
        assertEquals(new BigDecimal("0.800"), plans.get(0).weightKg());
        assertEquals(HEADPHONES_KG, plans.get(0).lines().get(0).unitWeightKg());
        assertEquals("WH-NYC", plans.get(1).warehouseCode());
        assertEquals(3, plans.get(1).units());
        assertEquals(new BigDecimal("1.050"), plans.get(1).weightKg());
    }

    @Test
    void aLineTheCatalogHadNoWeightForWeighsTheDefault() {
        PlannedPickList plan = planner.plan(List.of(new Parcel(LAX, "WH-LAX", List.of(line(1, CABLE, 4, null),
                line(2, HEADPHONES, 1, HEADPHONES_KG))))).get(0);

        assertEquals(new BigDecimal("0.500"), plan.lines().get(0).unitWeightKg());
        assertEquals(HEADPHONES_KG, plan.lines().get(1).unitWeightKg());
        assertEquals(new BigDecimal("2.350"), plan.weightKg());
    }

    @Test
    void aWarehouseNamedTwiceGetsOnePickListAndEmptyLinesAreLeftOut() {
        List<PlannedPickList> plans = planner.plan(List.of(
                new Parcel(LAX, "WH-LAX", List.of(line(1, HEADPHONES, 1, HEADPHONES_KG))),
                new Parcel(NYC, "WH-NYC", List.of(line(2, CABLE, 0, CABLE_KG))),
                new Parcel(LAX, "WH-LAX", List.of(line(2, CABLE, 2, CABLE_KG)))));

        assertEquals(1, plans.size());
        assertEquals(2, plans.get(0).lines().size());
        assertEquals(3, plans.get(0).units());
        assertEquals(new BigDecimal("0.550"), plans.get(0).weightKg());
    }

    private static Line line(long orderLineId, long variantId, int quantity, BigDecimal unitWeightKg) {
        return new Line(orderLineId, 100 + variantId, variantId, "SKU-" + variantId, "Variant " + variantId, quantity,
                unitWeightKg);
    }
}
