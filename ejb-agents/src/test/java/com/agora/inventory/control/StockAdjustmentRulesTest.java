package com.agora.inventory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.inventory.entity.AdjustmentType;
import com.agora.kernel.error.DomainProblem;
import org.junit.jupiter.api.Test;

class StockAdjustmentRulesTest {

    @Test
    void restockAddsAndDamageRemoves() {
        assertEquals(15, StockAdjustmentRules.apply(AdjustmentType.RESTOCK, 10, 0, 5));
        assertEquals(7, StockAdjustmentRules.apply(AdjustmentType.DAMAGE, 10, 2, -3));
    }

    @Test
    void reservedUnitsCannotBeAdjustedAway() {
        DomainProblem problem = assertThrows(DomainProblem.class,
                () -> StockAdjustmentRules.apply(AdjustmentType.CORRECTION, 10, 8, -3));
        assertEquals(DomainProblem.Kind.UNPROCESSABLE, problem.kind());
    }

    @Test
    void theDirectionMustFitTheKindOfAdjustment() {
        DomainProblem problem = assertThrows(DomainProblem.class,
                () -> StockAdjustmentRules.apply(AdjustmentType.RESTOCK, 10, 0, -1));
        assertEquals("quantityChange", problem.fieldErrors().get(0).field());
        assertThrows(DomainProblem.class, () -> StockAdjustmentRules.type("gift"));
    }

    @Test
    void stockIsLowAtTheReorderPoint() {
        assertTrue(StockAdjustmentRules.isLow(10, 10));
        assertTrue(!StockAdjustmentRules.isLow(11, 10));
    }
}
