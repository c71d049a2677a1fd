package com.agora.inventory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.inventory.control.StockAllocator.Allocation;
import com.agora.inventory.control.StockAllocator.Outcome;
import com.agora.inventory.control.StockAllocator.Request;
import com.agora.inventory.control.StockAllocator.Shortage;
import com.agora.inventory.control.StockAllocator.StockLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

class StockAllocatorTest {

    private static final long SHIRT = 7;
    private static final long MUG = 8;

    @Test
    void shipsFromOneWarehouseWhenOneHasEnough() {
        Outcome outcome = StockAllocator.allocate(List.of(new Request(SHIRT, 3)), List.of(
                new StockLevel(1, SHIRT, 10, "WH-LAX", 2),
                new StockLevel(2, SHIRT, 11, "WH-NYC", 5)));

        assertEquals(List.of(new Allocation(2, SHIRT, 11, "WH-NYC", 3)), outcome.allocations());
        assertTrue(outcome.reserved());
    }

    @Test
    void splitsAcrossWarehousesLargestStockFirstWhenNoneHasEnough() {
        Outcome outcome = StockAllocator.allocate(List.of(new Request(SHIRT, 6)), List.of(
                new StockLevel(1, SHIRT, 10, "WH-LAX", 3),
                new StockLevel(2, SHIRT, 11, "WH-NYC", 4),
                new StockLevel(3, SHIRT, 12, "WH-CHI", 0)));

        assertEquals(List.of(new Allocation(2, SHIRT, 11, "WH-NYC", 4), new Allocation(1, SHIRT, 10, "WH-LAX", 2)),
                outcome.allocations());
    }

    @Test
    void allocatesNothingWhenAnyVariantFallsShort() {
        Outcome outcome = StockAllocator.allocate(List.of(new Request(SHIRT, 2), new Request(MUG, 5)), List.of(
                new StockLevel(1, SHIRT, 10, "WH-LAX", 9),
                new StockLevel(2, MUG, 10, "WH-LAX", 1),
                new StockLevel(3, MUG, 11, "WH-NYC", 3)));

        assertTrue(outcome.allocations().isEmpty());
        assertEquals(List.of(new Shortage(MUG, 5, 4)), outcome.shortages());
    }

    @Test
    void addsUpRepeatedLinesOfTheSameVariant() {
        Outcome outcome = StockAllocator.allocate(List.of(new Request(SHIRT, 2), new Request(SHIRT, 2)),
                List.of(new StockLevel(1, SHIRT, 10, "WH-LAX", 3)));

        assertEquals(List.of(new Shortage(SHIRT, 4, 3)), outcome.shortages());
    }
}
