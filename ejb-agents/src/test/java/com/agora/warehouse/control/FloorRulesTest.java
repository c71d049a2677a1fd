package com.agora.warehouse.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.kernel.error.DomainProblem;
import com.agora.warehouse.entity.PickListStatus;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FloorRulesTest {

    @Test
    void aPickListIsPickedWhenOpenAndPackedWhenPicked() {
        assertDoesNotThrow(() -> FloorRules.requirePickable(1, PickListStatus.OPEN));
        assertDoesNotThrow(() -> FloorRules.requirePackable(1, PickListStatus.PICKED));
    }

    @Test
    void nothingIsPickedOrPackedTwiceOrOutOfTurn() {
        DomainProblem twice = assertThrows(DomainProblem.class, () -> FloorRules.requirePickable(1, PickListStatus.PICKED));
        assertEquals(DomainProblem.Kind.CONFLICT, twice.kind());
        assertThrows(DomainProblem.class, () -> FloorRules.requirePackable(1, PickListStatus.OPEN));
        assertThrows(DomainProblem.class, () -> FloorRules.requirePackable(1, PickListStatus.PACKED));
        assertThrows(DomainProblem.class, () -> FloorRules.requirePickable(1, PickListStatus.CANCELLED));
    }

    @Test
    void aPickListIsOpenedOpen() {
        assertEquals(PickListStatus.OPEN, FloorRules.PICK_LIST.start(PickListStatus.OPEN));
        assertThrows(DomainProblem.class, () -> FloorRules.PICK_LIST.start(PickListStatus.PACKED));
    }

    @Test
    void aCancelledOrderTakesBackWhatNoCarrierHasYet() {
        assertTrue(FloorRules.cancellable(PickListStatus.OPEN, false));
        assertTrue(FloorRules.cancellable(PickListStatus.PACKED, false));
        assertFalse(FloorRules.cancellable(PickListStatus.PACKED, true));
        assertFalse(FloorRules.cancellable(PickListStatus.CANCELLED, false));
    }

    @Test
    void utilisationIsTodaysUnitsAgainstDailyCapacity() {
        assertEquals(new BigDecimal("12.50"), FloorRules.utilisationPercent(5000, 40000));
        assertEquals(new BigDecimal("0.01"), FloorRules.utilisationPercent(4, 50000));
        assertNull(FloorRules.utilisationPercent(10, null));
        assertNull(FloorRules.utilisationPercent(10, 0));
    }
}
