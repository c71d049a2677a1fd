package com.agora.transportmanagement.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.agora.kernel.error.DomainProblem;
import com.agora.transportmanagement.entity.PickupStatus;
import org.junit.jupiter.api.Test;

class PickupLifecycleTest {

    @Test
    void aScheduledPickupIsCollectedOnce() {
        assertEquals(PickupStatus.SCHEDULED, PickupLifecycle.MACHINE.start(PickupStatus.SCHEDULED));
        assertEquals(PickupStatus.COLLECTED,
                PickupLifecycle.MACHINE.requireMove("3", PickupStatus.SCHEDULED, PickupStatus.COLLECTED));
        assertThrows(DomainProblem.class,
                () -> PickupLifecycle.MACHINE.requireMove("3", PickupStatus.COLLECTED, PickupStatus.COLLECTED));
        assertThrows(DomainProblem.class, () -> PickupLifecycle.MACHINE.start(PickupStatus.COLLECTED));
    }
}
