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
import java.util.Set;
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
        assertTrue(FloorRules.cancellable(PickListStatus.OPEN));
        assertTrue(FloorRules.cancellable(PickListStatus.PICKED));
        assertTrue(FloorRules.cancellable(PickListStatus.PACKED));
        assertFalse(FloorRules.cancellable(PickListStatus.SHIPPED));
        assertFalse(FloorRules.cancellable(PickListStatus.CANCELLED));
    }

    @Test
    void aPackedParcelIsShippedWhenACarrierTakesItAndNothingMovesItAfterwards() {
        assertEquals(PickListStatus.SHIPPED, FloorRules.PICK_LIST.requireMove("1", PickListStatus.PACKED,
                PickListStatus.SHIPPED));
        assertTrue(FloorRules.PICK_LIST.isFinal(PickListStatus.SHIPPED));
        assertThrows(DomainProblem.class, () -> FloorRules.requirePackable(1, PickListStatus.SHIPPED));
    }

    @Test
    void onlyAPackedParcelCanBeShipped() {
        assertThrows(DomainProblem.class, () -> FloorRules.PICK_LIST.requireMove("1", PickListStatus.OPEN,
                PickListStatus.SHIPPED));
        assertThrows(DomainProblem.class, () -> FloorRules.PICK_LIST.requireMove("1", PickListStatus.PICKED,
                PickListStatus.SHIPPED));
    }

    @Test
    void aCarrierThatTookTheParcelBeforeTheCancellationCommittedShipsTheCancelledPickList() {
        assertTrue(FloorRules.awaitsHandover(PickListStatus.CANCELLED));
        assertEquals(PickListStatus.SHIPPED, FloorRules.PICK_LIST.requireMove("1", PickListStatus.CANCELLED,
                PickListStatus.SHIPPED));
        assertEquals(Set.of(PickListStatus.SHIPPED), FloorRules.PICK_LIST.allowedFrom(PickListStatus.CANCELLED),
                "a cancelled pick list is never picked or packed again");
    }

    @Test
    void aRepeatedHandoverIsNoNews() {
        assertTrue(FloorRules.awaitsHandover(PickListStatus.PACKED));
        assertFalse(FloorRules.awaitsHandover(PickListStatus.SHIPPED));
    }

    @Test
    void utilisationIsTodaysUnitsAgainstDailyCapacity() {
        assertEquals(new BigDecimal("12.50"), FloorRules.utilisationPercent(5000, 40000));
        assertEquals(new BigDecimal("0.01"), FloorRules.utilisationPercent(4, 50000));
        assertNull(FloorRules.utilisationPercent(10, null));
        assertNull(FloorRules.utilisationPercent(10, 0));
    }
}
