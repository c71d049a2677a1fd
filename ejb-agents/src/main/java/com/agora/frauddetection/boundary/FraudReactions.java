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
import com.agora.kernel.event.ReceivedEvent;
import com.agora.kernel.messaging.UpFrontReads;
import com.agora.kernel.messaging.UpFrontReads.Fact;
import com.agora.persistence.PostalAddress;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Fraud Detection agent: scores every order once its stock is held, clears low risk, rejects high risk and
 * keeps medium risk in a manual review queue until an admin decides.
 */
@Stateless
@BusinessAgent(Agent.FRAUD_DETECTION)
public class FraudReactions {

    private static final Fact<Long, Boolean> ASSESSED = new Fact<>("order assessed");
    private static final Fact<Long, Long> FAILED_PAYMENTS = new Fact<>("customer's failed payments of the window");

    @Inject
    FraudStore store;

    @Inject
    FraudSettings settings;

    @Inject
    EventPublisher events;

    @Inject
    UpFrontReads upFront;

    private FraudPolicy policy;
    private FraudRules rules;

    @PostConstruct
    void init() {
        policy = settings.policy();
        rules = new FraudRules(policy);
    }

    /**
     * What a batch of checks asks the database, read up front: which of its orders were assessed, and each
     * customer's failed payments of the window, counted from the batch's start. Those are left to each check when
     * the batch records failed payments itself, since a check after one in the batch must count it.
     */
    public void readAheadFor(List<ReceivedEvent> events) {
        List<FraudCheckRequested> checks = ReceivedEvent.payloads(events, FraudCheckRequested.class);
        if (checks.size() < 2) {
            return;
        }
        Set<Long> orders = checks.stream().map(FraudCheckRequested::orderId).collect(Collectors.toSet());
        upFront.knowWhich(ASSESSED, orders, store.assessedAmong(orders));
        if (ReceivedEvent.payloads(events, PaymentFailed.class).isEmpty()) {
            Set<Long> customers = checks.stream().map(FraudCheckRequested::customerId).collect(Collectors.toSet());
            Map<Long, Long> failures = store.failedPaymentsSince(customers,
                    Instant.now().minus(policy.failedPaymentsWindow()));
            customers.forEach(customer -> upFront.know(FAILED_PAYMENTS, customer,
                    failures.getOrDefault(customer, 0L)));
        }
    }

    /** Scores an order once; a repeated request for the same order changes nothing. */
    public void assessOrder(FraudCheckRequested check) {
        if (upFront.known(ASSESSED, check.orderId()).orElseGet(() -> store.assessed(check.orderId()))) {
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
                check.unitCount(), upFront.known(FAILED_PAYMENTS, check.customerId()).orElseGet(
                        () -> store.failedPaymentsSince(check.customerId(), now.minus(policy.failedPaymentsWindow()))),
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
        upFront.know(ASSESSED, check.orderId(), true);
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
