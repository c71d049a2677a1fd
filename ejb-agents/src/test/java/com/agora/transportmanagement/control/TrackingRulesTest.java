package com.agora.transportmanagement.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.kernel.error.DomainProblem;
import com.agora.transportmanagement.entity.TrackingStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrackingRulesTest {

    private static final Instant NOW = Instant.parse("2025-11-20T12:00:00Z");

    @Test
    void carriersReportInTransitDeliveredOrException() {
        assertEquals(TrackingStatus.IN_TRANSIT, TrackingRules.status(" IN_TRANSIT "));
        assertEquals(TrackingStatus.DELIVERED, TrackingRules.status("delivered"));
        DomainProblem unknown = assertThrows(DomainProblem.class, () -> TrackingRules.status("lost"));
        assertEquals(DomainProblem.Kind.INVALID, unknown.kind());
        assertEquals("status", unknown.fieldErrors().get(0).field());
        assertThrows(DomainProblem.class, () -> TrackingRules.status(null));
    }

    @Test
    void aReportIsKeptAsTheCarrierMadeIt() {
        for (TrackingStatus status : TrackingStatus.values()) {
            assertEquals(status, TrackingRules.REPORT.start(status));
            assertTrue(TrackingRules.REPORT.isFinal(status), status.toString());
        }
    }

    @Test
    void aReportWithoutATimeHappenedNowAndNoneHappensInTheFuture() {
        assertEquals(NOW, TrackingRules.occurredAt(null, NOW));
        assertEquals(NOW.minusSeconds(3600), TrackingRules.occurredAt(NOW.minusSeconds(3600), NOW));
        assertEquals(NOW.plusSeconds(60), TrackingRules.occurredAt(NOW.plusSeconds(60), NOW));
        assertThrows(DomainProblem.class, () -> TrackingRules.occurredAt(NOW.plusSeconds(3600), NOW));
    }

    @Test
    void nothingIsReportedAfterDelivery() {
        assertDoesNotThrow(() -> TrackingRules.requireUndelivered("UPS1", false));
        assertEquals(DomainProblem.Kind.CONFLICT,
                assertThrows(DomainProblem.class, () -> TrackingRules.requireUndelivered("UPS1", true)).kind());
    }
}
