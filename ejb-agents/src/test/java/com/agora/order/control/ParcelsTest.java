package com.agora.order.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.agora.events.OrderConfirmed;
import com.agora.order.entity.OrderAllocation;
import com.agora.order.entity.OrderLine;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParcelsTest {

    @Test
    void aVariantSplitAcrossWarehousesShipsInBothParcelsWithItsShare() {
        OrderLine shirt = line(11L, 7L, 5);
        shirt.setUnitWeightKg(new BigDecimal("0.250"));
        OrderLine mug = line(12L, 8L, 1);
        List<OrderAllocation> held = List.of(
                new OrderAllocation(1, 7, 2, "WH-NYC", 3),
                new OrderAllocation(1, 7, 1, "WH-LAX", 2),
                new OrderAllocation(1, 8, 1, "WH-LAX", 1));

        List<OrderConfirmed.Parcel> parcels = Parcels.of(List.of(shirt, mug), held);

        assertEquals(2, parcels.size());
        assertEquals("WH-LAX", parcels.get(0).warehouseCode(), "parcels come in a stable order");
        assertEquals(List.of(2, 1), parcels.get(0).lines().stream().map(OrderConfirmed.Line::quantity).toList());
        assertEquals(11L, parcels.get(0).lines().get(0).orderLineId());
        assertEquals(new BigDecimal("0.250"), parcels.get(0).lines().get(0).unitWeightKg(),
                "each line carries the weight kept at placement, so the warehouse asks no one");
        assertNull(parcels.get(0).lines().get(1).unitWeightKg(), "none where the catalog had none");
        assertEquals("WH-NYC", parcels.get(1).warehouseCode());
        assertEquals(3, parcels.get(1).lines().get(0).quantity());
        assertEquals(2, Parcels.count(held));
    }

    @Test
    void stockHeldForAVariantTheOrderDoesNotContainIsABug() {
        assertThrows(IllegalStateException.class, () -> Parcels.of(List.of(line(11L, 7L, 1)),
                List.of(new OrderAllocation(1, 99, 1, "WH-LAX", 1))));
    }

    private static OrderLine line(long id, long variantId, int quantity) {
        OrderLine line = new OrderLine();
        line.setId(id);
        line.setProductId(variantId * 10);
        line.setVariantId(variantId);
        line.setSku("SKU-" + variantId);
        line.setName("variant " + variantId);
        line.setQuantity(quantity);
        return line;
    }
}
