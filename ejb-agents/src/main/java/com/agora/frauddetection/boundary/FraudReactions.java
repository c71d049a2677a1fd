package com.agora.frauddetection.boundary;

import com.agora.events.FraudAssessed;
import com.agora.events.FraudCheckRequested;
import com.agora.events.PaymentFailed;
import com.agora.frauddetection.control.AssessmentLifecycle;
import com.agora.frauddetection.control.FraudPolicy;
import com.agora.frauddetection.control.FraudRules.OrderFacts;
import com.agora.frauddetection.control.FraudRules.Velocity;
import com.agora.frauddetection.control.FraudRules;
import com.agora.frauddetection.control.FraudSettings;
import com.agora.frauddetection.control.FraudStore;
import com.agora.frauddetection.entity.AssessmentStatus;
import com.agora.frauddetection.entity.FraudAssessment;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.agent.BusinessAgent;
import com.agora.kernel.event.EventPublisher;
import com.agora.persistence.PostalAddress;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The Fraud Detection agent: scores every order once its stock is held, clears low risk, rejects high risk and
 * keeps medium risk in a manual review queue until an admin decides.
 */
@Stateless
@BusinessAgent(Agent.FRAUD_DETECTION)
public class FraudReactions {

    @Inject
    FraudStore store;

    @Inject
    FraudSettings settings;

    @Inject
    EventPublisher events;

    private FraudPolicy policy;
    private FraudRules rules;

    @PostConstruct
    void init() {
        policy = settings.policy();
        rules = new FraudRules(policy);
    }

    /** Scores an order once; a repeated request for the same order changes nothing. */
    public void assessOrder(FraudCheckRequested check) {
        if (store.assessed(check.orderId())) {
            return;
        }
        Instant now = Instant.now();
        String email = check.customerEmail();
        String card = check.cardFingerprint();
        Optional<Velocity> velocity = FraudRules.velocityApplies(check.clientIp(), settings.exemptAddresses())
                ? Optional.of(velocity(check.customerId(), card, email, check.clientIp(),
                        now.minus(policy.velocityWindow())))
                : Optional.empty();
        OrderFacts facts = new OrderFacts(check.total(),
                check.customerSince() == null ? null : Duration.between(check.customerSince(), now),
                check.unitCount(), store.failedPaymentsSince(check.customerId(),
                        now.minus(policy.failedPaymentsWindow())),
                addressMismatch(check.billTo(), check.shipTo()), velocity);
        FraudRules.Verdict verdict = rules.assess(facts);

        FraudAssessment assessment = new FraudAssessment();
        assessment.setOrderId(check.orderId());
        assessment.setOrderNumber(check.orderNumber());
        assessment.setCustomerId(check.customerId());
        assessment.setEmail(email);
        assessment.setCardFingerprint(card);
        assessment.setClientIp(check.clientIp());
        assessment.setAmount(check.total());
        assessment.setCurrency(check.currency());
        assessment.setScore(verdict.score());
        assessment.setRiskLevel(verdict.riskLevel());
        assessment.setStatus(AssessmentLifecycle.MACHINE.start(switch (verdict.riskLevel()) {
            case LOW -> AssessmentStatus.CLEARED;
            case MEDIUM -> AssessmentStatus.REVIEW;
            case HIGH -> AssessmentStatus.REJECTED;
        }));
        assessment.setReasonList(verdict.reasons());
        assessment.setCreatedAt(now);
        store.add(assessment);
        FraudCommands.publish(events, assessment, switch (verdict.riskLevel()) {
            case LOW -> FraudAssessed.Verdict.CLEARED;
            case MEDIUM -> FraudAssessed.Verdict.REVIEW_REQUIRED;
            case HIGH -> FraudAssessed.Verdict.REJECTED;
        }, null);
    }

    /**
     * Remembers a failed authorization for the scoring of the customer's next orders. A failure still on its way
     * here when the next order is scored is counted for the order after: the count trails Payment by one delivery.
     */
    public void paymentFailed(PaymentFailed failed) {
        store.recordFailedPayment(failed.transactionId(), failed.customerId(), failed.orderId(), failed.failedAt());
    }

    private Velocity velocity(long customerId, String card, String email, String clientIp, Instant since) {
        return new Velocity(store.recent("customerId", customerId, since),
                store.recent("cardFingerprint", card, since), store.recent("email", email, since),
                store.recent("clientIp", clientIp, since));
    }

    /** A missing address counts as a mismatch: the order could not say where it bills or ships to. */
    private static boolean addressMismatch(PostalAddress billing, PostalAddress shipping) {
        if (billing == null || shipping == null) {
            return true;
        }
        return !FraudRules.samePlace(billing.place(), shipping.place());
    }
}
