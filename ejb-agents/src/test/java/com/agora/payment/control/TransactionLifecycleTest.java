package com.agora.payment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.kernel.error.DomainProblem;
import com.agora.payment.entity.TransactionStatus;
import org.junit.jupiter.api.Test;

class TransactionLifecycleTest {

    @Test
    void anAttemptIsRecordedWithTheGatewaysAnswer() {
        assertEquals(TransactionStatus.SUCCESS, TransactionLifecycle.MACHINE.start(TransactionStatus.SUCCESS));
        assertEquals(TransactionStatus.FAILED, TransactionLifecycle.MACHINE.start(TransactionStatus.FAILED));
        assertThrows(DomainProblem.class, () -> TransactionLifecycle.MACHINE.start(TransactionStatus.PENDING));
        assertThrows(DomainProblem.class, () -> TransactionLifecycle.MACHINE.start(TransactionStatus.CANCELLED));
    }

    @Test
    void theAnswerNeverChangesAfterwards() {
        for (TransactionStatus status : TransactionStatus.values()) {
            assertTrue(TransactionLifecycle.MACHINE.isFinal(status), status.toString());
        }
        DomainProblem refused = assertThrows(DomainProblem.class, () -> TransactionLifecycle.MACHINE
                .requireMove("41", TransactionStatus.FAILED, TransactionStatus.SUCCESS));
        assertEquals("transaction 41 is failed and cannot become success", refused.getMessage());
    }
}
