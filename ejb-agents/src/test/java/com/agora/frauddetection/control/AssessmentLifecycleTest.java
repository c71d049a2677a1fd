package com.agora.frauddetection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.frauddetection.entity.AssessmentStatus;
import com.agora.kernel.error.DomainProblem;
import org.junit.jupiter.api.Test;

class AssessmentLifecycleTest {

    @Test
    void theRulesClearRejectOrAskForAReviewButNeverApprove() {
        assertEquals(AssessmentStatus.CLEARED, AssessmentLifecycle.MACHINE.start(AssessmentStatus.CLEARED));
        assertEquals(AssessmentStatus.REVIEW, AssessmentLifecycle.MACHINE.start(AssessmentStatus.REVIEW));
        assertEquals(AssessmentStatus.REJECTED, AssessmentLifecycle.MACHINE.start(AssessmentStatus.REJECTED));
        assertThrows(DomainProblem.class, () -> AssessmentLifecycle.MACHINE.start(AssessmentStatus.APPROVED));
    }

    @Test
    void onlyAnOrderInReviewIsDecidedAndOnlyOnce() {
        assertTrue(AssessmentLifecycle.MACHINE.allows(AssessmentStatus.REVIEW, AssessmentStatus.APPROVED));
        assertTrue(AssessmentLifecycle.MACHINE.allows(AssessmentStatus.REVIEW, AssessmentStatus.REJECTED));
        assertFalse(AssessmentLifecycle.MACHINE.allows(AssessmentStatus.CLEARED, AssessmentStatus.APPROVED));
        assertFalse(AssessmentLifecycle.MACHINE.allows(AssessmentStatus.APPROVED, AssessmentStatus.REJECTED));
        DomainProblem twice = assertThrows(DomainProblem.class, () -> AssessmentLifecycle.MACHINE
                .requireMove("12", AssessmentStatus.REJECTED, AssessmentStatus.APPROVED));
        assertEquals(DomainProblem.Kind.CONFLICT, twice.kind());
    }
}
