package com.agora.frauddetection.boundary;

import com.agora.events.EventType;
import com.agora.events.FraudAssessed;
import com.agora.frauddetection.boundary.FraudViews.AssessmentView;
import com.agora.frauddetection.control.AssessmentLifecycle;
import com.agora.frauddetection.control.FraudStore;
import com.agora.frauddetection.entity.AssessmentStatus;
import com.agora.frauddetection.entity.FraudAssessment;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.event.EventPublisher;
import com.agora.kernel.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Locale;

/** What admins ask of Fraud Detection: a decision on an order waiting in the review queue. */
@Stateless
public class FraudCommands {

    @Inject
    FraudStore store;

    @Inject
    EventPublisher events;

    /** An admin's decision on an order in review, recorded with who and when; an order is decided only once. */
    public AssessmentView decide(Caller caller, long assessmentId, boolean approve, String note) {
        FraudQueries.requireAdmin(caller);
        FraudAssessment assessment = store.assessment(assessmentId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> DomainProblem.notFound("fraud assessment", assessmentId));
        if (assessment.getStatus() != AssessmentStatus.REVIEW) {
            throw DomainProblem.conflict("assessment " + assessmentId + " of order " + assessment.getOrderNumber()
                    + " is " + assessment.getStatus().name().toLowerCase(Locale.ROOT) + ", not waiting for review");
        }
        assessment.setStatus(AssessmentLifecycle.MACHINE.requireMove(String.valueOf(assessmentId),
                assessment.getStatus(), approve ? AssessmentStatus.APPROVED : AssessmentStatus.REJECTED));
        assessment.setReviewedBy(caller.username());
        assessment.setReviewedAt(Instant.now());
        assessment.setReviewNote(note == null || note.isBlank() ? null : note.trim());
        publish(events, assessment, approve ? FraudAssessed.Verdict.CLEARED : FraudAssessed.Verdict.REJECTED,
                caller.username());
        return FraudViews.view(assessment);
    }

    /** Tells the Order agent the verdict, whether the rules or a reviewer reached it. */
    static void publish(EventPublisher events, FraudAssessment assessment, FraudAssessed.Verdict verdict,
            String reviewer) {
        events.publish(Agent.FRAUD_DETECTION, EventType.FRAUD_ASSESSED, assessment.getOrderId(),
                new FraudAssessed(assessment.getOrderId(), assessment.getId(), assessment.getScore(), verdict,
                        assessment.reasonList(), reviewer));
    }
}
