package com.agora.frauddetection.boundary;

import com.agora.frauddetection.boundary.FraudViews.AssessmentView;
import com.agora.frauddetection.control.FraudStore;
import com.agora.frauddetection.entity.AssessmentStatus;
import com.agora.kernel.error.Codes;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.kernel.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

/** The review queue and single assessments, for admins through the API and the console. */
@Stateless
public class FraudQueries {

    @Inject
    FraudStore store;

    /** Assessments by status, oldest first so the queue is worked in order; admins only. */
    public Page<AssessmentView> reviewQueue(Caller caller, String status, PageRequest page) {
        requireAdmin(caller);
        AssessmentStatus wanted = status == null || status.isBlank() ? AssessmentStatus.REVIEW
                : Codes.parse(AssessmentStatus.class, "status", status);
        return store.withStatus(wanted, page).map(FraudViews::view);
    }

    public AssessmentView assessment(Caller caller, long assessmentId) {
        requireAdmin(caller);
        return FraudViews.view(store.assessment(assessmentId, LockModeType.NONE)
                .orElseThrow(() -> DomainProblem.notFound("fraud assessment", assessmentId)));
    }

    static void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw DomainProblem.forbidden("only admins work the fraud review queue");
        }
    }
}
