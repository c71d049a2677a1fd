package com.agora.order.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.kernel.error.DomainProblem;
import com.agora.order.entity.ParcelStatus;
import org.junit.jupiter.api.Test;

class ParcelLifecycleTest {

    @Test
    void aParcelIsScannedOnItsWayAsOftenAsTheCarrierLikesAndRecoversFromAProblem() {
        assertTrue(ParcelLifecycle.MACHINE.allows(ParcelStatus.CREATED, ParcelStatus.IN_TRANSIT));
        assertTrue(ParcelLifecycle.MACHINE.allows(ParcelStatus.IN_TRANSIT, ParcelStatus.IN_TRANSIT));
        assertTrue(ParcelLifecycle.MACHINE.allows(ParcelStatus.IN_TRANSIT, ParcelStatus.EXCEPTION));
        assertTrue(ParcelLifecycle.MACHINE.allows(ParcelStatus.EXCEPTION, ParcelStatus.IN_TRANSIT));
        assertTrue(ParcelLifecycle.MACHINE.allows(ParcelStatus.CREATED, ParcelStatus.DELIVERED));
    }

    @Test
    void aDeliveredParcelStaysDelivered() {
        for (ParcelStatus next : ParcelStatus.values()) {
            assertFalse(ParcelLifecycle.MACHINE.allows(ParcelStatus.DELIVERED, next), next.toString());
        }
        assertFalse(ParcelLifecycle.MACHINE.allows(ParcelStatus.IN_TRANSIT, ParcelStatus.CREATED));
    }

    @Test
    void aParcelStartsWithItsShipmentCreatedAndAReportNamesItsStatusByCode() {
        assertEquals(ParcelStatus.CREATED, ParcelLifecycle.MACHINE.start(ParcelStatus.CREATED));
        assertThrows(DomainProblem.class, () -> ParcelLifecycle.MACHINE.start(ParcelStatus.DELIVERED));
        assertEquals(ParcelStatus.IN_TRANSIT, ParcelLifecycle.reported("in_transit"));
        assertEquals(ParcelStatus.EXCEPTION, ParcelLifecycle.reported("exception"));
    }
}
