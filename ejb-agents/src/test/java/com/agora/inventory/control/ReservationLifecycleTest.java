package com.agora.inventory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.inventory.entity.ReservationStatus;
import com.agora.kernel.error.DomainProblem;
import org.junit.jupiter.api.Test;

class ReservationLifecycleTest {

    @Test
    void heldStockIsEitherGivenBackOrSold() {
        assertEquals(ReservationStatus.RESERVED, ReservationLifecycle.MACHINE.start(ReservationStatus.RESERVED));
        assertTrue(ReservationLifecycle.MACHINE.allows(ReservationStatus.RESERVED, ReservationStatus.RELEASED));
        assertTrue(ReservationLifecycle.MACHINE.allows(ReservationStatus.RESERVED, ReservationStatus.CONSUMED));
    }

    @Test
    void stockGivenBackCannotBeSoldNorSoldStockGivenBack() {
        assertFalse(ReservationLifecycle.MACHINE.allows(ReservationStatus.RELEASED, ReservationStatus.CONSUMED));
        assertFalse(ReservationLifecycle.MACHINE.allows(ReservationStatus.CONSUMED, ReservationStatus.RELEASED));
        assertThrows(DomainProblem.class, () -> ReservationLifecycle.MACHINE
                .requireMove("9", ReservationStatus.RELEASED, ReservationStatus.RELEASED));
        assertThrows(DomainProblem.class, () -> ReservationLifecycle.MACHINE.start(ReservationStatus.CONSUMED));
    }
}
