package com.agora.frauddetection.control;

import com.agora.frauddetection.entity.AssessmentStatus;
import com.agora.kernel.lifecycle.StatusMachine;

/**
 * The rules clear, reject or send an order to review; only an order in review waits for an admin, who approves or
 * rejects it once.
 */
public final class AssessmentLifecycle {

    public static final StatusMachine<AssessmentStatus> MACHINE = StatusMachine
            .of(AssessmentStatus.class, "fraud assessment")
            .starting(AssessmentStatus.CLEARED, AssessmentStatus.REVIEW, AssessmentStatus.REJECTED)
            .allow(AssessmentStatus.REVIEW, AssessmentStatus.APPROVED, AssessmentStatus.REJECTED)
            .finalStatuses(AssessmentStatus.CLEARED, AssessmentStatus.APPROVED, AssessmentStatus.REJECTED)
            .build();

    private AssessmentLifecycle() {
    }
}
