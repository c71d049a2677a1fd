package com.agora.returns.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.kernel.error.DomainProblem;
import com.agora.returns.entity.ReturnStatus;
import com.agora.returns.entity.ReturnType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReturnLifecycleTest {

    @Test
    void aRefundRunsFromRequestToCompletion() {
        List<ReturnStatus> path = List.of(ReturnStatus.REQUESTED, ReturnStatus.APPROVED, ReturnStatus.RECEIVED,
                ReturnStatus.INSPECTED, ReturnStatus.REFUNDED, ReturnStatus.COMPLETED);
        for (int step = 1; step < path.size(); step++) {
            assertTrue(ReturnLifecycle.allows(path.get(step - 1), path.get(step)), path.get(step).toString());
        }
    }

    @Test
    void anExchangeCompletesStraightFromInspection() {
        assertTrue(ReturnLifecycle.allows(ReturnStatus.INSPECTED, ReturnStatus.COMPLETED));
    }

    @Test
    void onlyARequestCanBeDecidedAndOnlyAnApprovedReturnCanArrive() {
        assertTrue(ReturnLifecycle.allows(ReturnStatus.REQUESTED, ReturnStatus.REJECTED));
        assertFalse(ReturnLifecycle.allows(ReturnStatus.APPROVED, ReturnStatus.REJECTED));
        assertFalse(ReturnLifecycle.allows(ReturnStatus.REQUESTED, ReturnStatus.RECEIVED));
        assertFalse(ReturnLifecycle.allows(ReturnStatus.APPROVED, ReturnStatus.INSPECTED));
        DomainProblem problem = assertThrows(DomainProblem.class,
                () -> ReturnLifecycle.MACHINE.requireMove("RMA-1", ReturnStatus.RECEIVED, ReturnStatus.APPROVED));
        assertEquals(DomainProblem.Kind.CONFLICT, problem.kind());
        assertEquals("return RMA-1 is received and cannot become approved", problem.getMessage());
    }

    @Test
    void everyReturnIsFirstRequested() {
        assertEquals(ReturnStatus.REQUESTED, ReturnLifecycle.MACHINE.start(ReturnStatus.REQUESTED));
        assertThrows(DomainProblem.class, () -> ReturnLifecycle.MACHINE.start(ReturnStatus.APPROVED));
    }

    @Test
    void aCustomerMayCancelUntilTheParcelArrives() {
        assertTrue(ReturnLifecycle.allows(ReturnStatus.REQUESTED, ReturnStatus.CANCELLED));
        assertTrue(ReturnLifecycle.allows(ReturnStatus.APPROVED, ReturnStatus.CANCELLED));
        assertFalse(ReturnLifecycle.allows(ReturnStatus.RECEIVED, ReturnStatus.CANCELLED));
    }

    @Test
    void aFailedRefundCanBeAskedForAgainOrStillSucceed() {
        assertTrue(ReturnLifecycle.allows(ReturnStatus.INSPECTED, ReturnStatus.REFUND_FAILED));
        assertTrue(ReturnLifecycle.allows(ReturnStatus.REFUND_FAILED, ReturnStatus.INSPECTED));
        assertTrue(ReturnLifecycle.allows(ReturnStatus.REFUND_FAILED, ReturnStatus.REFUNDED));
        assertFalse(ReturnLifecycle.allows(ReturnStatus.REFUND_FAILED, ReturnStatus.COMPLETED));
    }

    @Test
    void finalStatusesAllowNothing() {
        for (ReturnStatus next : ReturnStatus.values()) {
            assertFalse(ReturnLifecycle.allows(ReturnStatus.COMPLETED, next));
            assertFalse(ReturnLifecycle.allows(ReturnStatus.REJECTED, next));
            assertFalse(ReturnLifecycle.allows(ReturnStatus.CANCELLED, next));
        }
    }

    @Test
    void rejectedAndCancelledReturnsGiveTheirUnitsBack() {
        assertFalse(ReturnLifecycle.holdsUnits(ReturnStatus.REJECTED));
        assertFalse(ReturnLifecycle.holdsUnits(ReturnStatus.CANCELLED));
        assertTrue(ReturnLifecycle.holdsUnits(ReturnStatus.REQUESTED));
        assertTrue(ReturnLifecycle.holdsUnits(ReturnStatus.COMPLETED));
    }

    @Test
    void aReturnIsSettledWhenCompensatedAndNothingAwaitsRestocking() {
        assertTrue(ReturnLifecycle.isSettled(ReturnType.REFUND, true, false, false));
        assertFalse(ReturnLifecycle.isSettled(ReturnType.REFUND, true, false, true));
        assertFalse(ReturnLifecycle.isSettled(ReturnType.REFUND, false, false, false));
        assertTrue(ReturnLifecycle.isSettled(ReturnType.EXCHANGE, false, true, false));
        assertFalse(ReturnLifecycle.isSettled(ReturnType.EXCHANGE, false, false, false));
        assertFalse(ReturnLifecycle.isSettled(ReturnType.EXCHANGE, false, true, true));
    }
}
