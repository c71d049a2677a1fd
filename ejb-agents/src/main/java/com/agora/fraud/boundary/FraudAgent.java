package com.agora.fraud.boundary;

import com.agora.customer.boundary.CustomerDirectory;
import com.agora.customer.boundary.CustomerDirectory.PostalAddress;
import com.agora.events.EventType;
import com.agora.events.FraudAssessed;
import com.agora.events.FraudCheckRequested;
import com.agora.fraud.boundary.FraudViews.AssessmentView;
import com.agora.fraud.control.FraudPolicy;
import com.agora.fraud.control.FraudRules;
import com.agora.fraud.control.FraudRules.OrderFacts;
import com.agora.fraud.control.FraudRules.Velocity;
import com.agora.fraud.entity.AssessmentStatus;
import com.agora.fraud.entity.FraudAssessment;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.agent.BusinessAgent;
import com.agora.kernel.error.Codes;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.event.EventPublisher;
import com.agora.kernel.paging.FilteredQuery;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.kernel.security.Caller;
import com.agora.payment.boundary.PaymentFacts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Fraud Detection agent: scores every order once its stock is held, clears low risk, rejects high risk and
 * keeps medium risk in a manual review queue until an admin decides.
 */
@Stateless
@BusinessAgent(Agent.FRAUD_DETECTION)
public class FraudAgent {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    EventPublisher events;

    @Inject
    CustomerDirectory customers;

    @Inject
    PaymentFacts payments;

    @Inject
    @ConfigProperty(name = "agora.fraud.high-value-amount", defaultValue = "1000.00")
    BigDecimal highValueAmount;

    @Inject
    @ConfigProperty(name = "agora.fraud.review-amount", defaultValue = "2500.00")
    BigDecimal reviewAmount;

    @Inject
    @ConfigProperty(name = "agora.fraud.reject-amount", defaultValue = "10000.00")
    BigDecimal rejectAmount;

    @Inject
    @ConfigProperty(name = "agora.fraud.new-account-hours", defaultValue = "24")
    long newAccountHours;

    @Inject
    @ConfigProperty(name = "agora.fraud.bulk-units", defaultValue = "10")
    int bulkUnits;

    @Inject
    @ConfigProperty(name = "agora.fraud.failed-payments", defaultValue = "2")
    int failedPayments;

    @Inject
    @ConfigProperty(name = "agora.fraud.failed-payments-window-hours", defaultValue = "24")
    long failedPaymentsWindowHours;

    @Inject
    @ConfigProperty(name = "agora.fraud.velocity.window-minutes", defaultValue = "60")
    long velocityWindowMinutes;

    @Inject
    @ConfigProperty(name = "agora.fraud.velocity.customer-orders", defaultValue = "3")
    int customerOrders;

    @Inject
    @ConfigProperty(name = "agora.fraud.velocity.card-orders", defaultValue = "5")
    int cardOrders;

    @Inject
    @ConfigProperty(name = "agora.fraud.velocity.email-orders", defaultValue = "5")
    int emailOrders;

    @Inject
    @ConfigProperty(name = "agora.fraud.velocity.ip-orders", defaultValue = "10")
    int ipOrders;

    /** Client addresses the velocity rules ignore, comma-separated; loopback is always ignored. */
    @Inject
    @ConfigProperty(name = "agora.fraud.velocity.exempt-addresses", defaultValue = "127.0.0.1,::1")
    List<String> exemptAddresses;

    @Inject
    @ConfigProperty(name = "agora.fraud.medium-score", defaultValue = "40")
    int mediumScore;

    @Inject
    @ConfigProperty(name = "agora.fraud.high-score", defaultValue = "70")
    int highScore;

    private FraudPolicy policy;
    private FraudRules rules;

    @PostConstruct
    void init() {
        policy = new FraudPolicy(highValueAmount, reviewAmount, rejectAmount, Duration.ofHours(newAccountHours),
                bulkUnits, failedPayments, Duration.ofHours(failedPaymentsWindowHours),
                Duration.ofMinutes(velocityWindowMinutes), customerOrders, cardOrders, emailOrders, ipOrders,
                mediumScore, highScore);
        rules = new FraudRules(policy);
    }

    /** Scores an order once; a repeated request for the same order changes nothing. */
    public void assessOrder(FraudCheckRequested check) {
        if (!em.createQuery("select a.id from FraudAssessment a where a.orderId = :order")
                .setParameter("order", check.orderId()).getResultList().isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        Optional<CustomerDirectory.Contact> contact = customers.contactOf(check.customerId());
        String email = check.customerEmail() != null ? check.customerEmail()
                : contact.map(CustomerDirectory.Contact::email).orElse(null);
        String card = payments.cardFingerprintOf(check.paymentMethodId(), check.customerId()).orElse(null);
        Optional<Velocity> velocity = FraudRules.velocityApplies(check.clientIp(), exemptAddresses)
                ? Optional.of(velocity(check.customerId(), card, email, check.clientIp(),
                        now.minus(policy.velocityWindow())))
                : Optional.empty();
        OrderFacts facts = new OrderFacts(check.total(),
                contact.map(c -> Duration.between(c.since(), now)).orElse(null), check.unitCount(),
                payments.failedAttemptsSince(check.customerId(), now.minus(policy.failedPaymentsWindow())),
                addressMismatch(check.billingAddressId(), check.shippingAddressId()), velocity);
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
        assessment.setStatus(switch (verdict.riskLevel()) {
            case LOW -> AssessmentStatus.CLEARED;
            case MEDIUM -> AssessmentStatus.REVIEW;
            case HIGH -> AssessmentStatus.REJECTED;
        });
        assessment.setReasonList(verdict.reasons());
        assessment.setCreatedAt(now);
        em.persist(assessment);
        em.flush();
        publish(assessment, switch (verdict.riskLevel()) {
            case LOW -> FraudAssessed.Verdict.CLEARED;
            case MEDIUM -> FraudAssessed.Verdict.REVIEW_REQUIRED;
            case HIGH -> FraudAssessed.Verdict.REJECTED;
        }, null);
    }

    /** Assessments by status, oldest first so the queue is worked in order; admins only. */
    public Page<AssessmentView> reviewQueue(Caller caller, String status, PageRequest page) {
        requireAdmin(caller);
        AssessmentStatus wanted = status == null || status.isBlank() ? AssessmentStatus.REVIEW
                : Codes.parse(AssessmentStatus.class, "status", status);
        return new FilteredQuery<>(FraudAssessment.class, "a").where("a.status = :status", "status", wanted)
                .page(em, "a.createdAt, a.id", page).map(FraudViews::view);
    }

    public AssessmentView assessment(Caller caller, long assessmentId) {
        requireAdmin(caller);
        return FraudViews.view(existing(assessmentId, LockModeType.NONE));
    }

    /** An admin's decision on an order in review, recorded with who and when; an order is decided only once. */
    public AssessmentView decide(Caller caller, long assessmentId, boolean approve, String note) {
        requireAdmin(caller);
        FraudAssessment assessment = existing(assessmentId, LockModeType.PESSIMISTIC_WRITE);
        if (assessment.getStatus() != AssessmentStatus.REVIEW) {
            throw DomainProblem.conflict("assessment " + assessmentId + " of order " + assessment.getOrderNumber()
                    + " is " + assessment.getStatus().name().toLowerCase(Locale.ROOT) + ", not waiting for review");
        }
        assessment.setStatus(approve ? AssessmentStatus.APPROVED : AssessmentStatus.REJECTED);
        assessment.setReviewedBy(caller.username());
        assessment.setReviewedAt(Instant.now());
        assessment.setReviewNote(note == null || note.isBlank() ? null : note.trim());
        publish(assessment, approve ? FraudAssessed.Verdict.CLEARED : FraudAssessed.Verdict.REJECTED,
                caller.username());
        return FraudViews.view(assessment);
    }

    private void publish(FraudAssessment assessment, FraudAssessed.Verdict verdict, String reviewer) {
        events.publish(Agent.FRAUD_DETECTION, EventType.FRAUD_ASSESSED, assessment.getOrderId(),
                new FraudAssessed(assessment.getOrderId(), assessment.getId(), assessment.getScore(), verdict,
                        assessment.reasonList(), reviewer));
    }

    private Velocity velocity(long customerId, String card, String email, String clientIp, Instant since) {
        return new Velocity(recent("customerId", customerId, since), recent("cardFingerprint", card, since),
                recent("email", email, since), recent("clientIp", clientIp, since));
    }

    /** Orders assessed since the given moment that share the attribute's value; none for an unknown value. */
    private long recent(String attribute, Object value, Instant since) {
        if (value == null) {
            return 0;
        }
        return em.createQuery("select count(a) from FraudAssessment a where a." + attribute + " = :value"
                        + " and a.createdAt >= :since", Long.class)
                .setParameter("value", value).setParameter("since", since).getSingleResult();
    }

    private boolean addressMismatch(long billingAddressId, long shippingAddressId) {
        if (billingAddressId == shippingAddressId) {
            return false;
        }
        Optional<PostalAddress> billing = customers.address(billingAddressId);
        Optional<PostalAddress> shipping = customers.address(shippingAddressId);
        if (billing.isEmpty() || shipping.isEmpty()) {
            return true;
        }
        return !FraudRules.samePlace(place(billing.get()), place(shipping.get()));
    }

    private static List<String> place(PostalAddress address) {
        return Stream.of(address.line1(), address.line2(), address.postalCode(), address.city(), address.state(),
                address.country()).map(part -> part == null ? "" : part).toList();
    }

    private FraudAssessment existing(long id, LockModeType lock) {
        FraudAssessment assessment = em.find(FraudAssessment.class, id, lock);
        if (assessment == null) {
            throw DomainProblem.notFound("fraud assessment", id);
        }
        return assessment;
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw DomainProblem.forbidden("only admins work the fraud review queue");
        }
    }
}
