package com.agora.frauddetection.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.events.EventType;
import com.agora.events.FraudAssessed;
import com.agora.events.FraudCheckRequested;
import com.agora.events.PaymentFailed;
import com.agora.frauddetection.control.FraudPolicy;
import com.agora.frauddetection.control.FraudSettings;
import com.agora.frauddetection.control.FraudStore;
import com.agora.frauddetection.entity.FraudAssessment;
import com.agora.kernel.event.PublishedEvents;
import com.agora.kernel.event.ReceivedEvent;
import com.agora.kernel.messaging.UpFrontReads;
import com.agora.persistence.PostalAddress;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fraud Detection scores an order from what its event and its own history say, asking no other agent. */
class FraudReactionsTest {

    private static final long CUSTOMER = 26;
    private static final PostalAddress HOME = new PostalAddress("Ada Lovelace", null, "12 Engine Row", null,
            "London", null, "EC1A 1BB", "GB");
    private static final PostalAddress OFFICE = new PostalAddress("Ada Lovelace", "Analytical Ltd", "1 Loom Street",
            null, "Manchester", null, "M1 1AA", "GB");

    private final List<FraudAssessment> assessments = new ArrayList<>();
    private final Map<Long, PaymentFailed> failedPayments = new HashMap<>();
    private final List<Object> published = new ArrayList<>();
    private final List<String> questions = new ArrayList<>();
    private final FraudReactions reactions = new FraudReactions();

    @BeforeEach
    void wire() {
        reactions.settings = new FraudSettings() {
            @Override
            public FraudPolicy policy() {
                return new FraudPolicy(new BigDecimal("1000.00"), new BigDecimal("2500.00"),
                        new BigDecimal("10000.00"), Duration.ofHours(24), 10, 2, Duration.ofHours(24),
                        Duration.ofMinutes(60), 3, 5, 5, 10, 40, 70);
            }

            @Override
            public List<String> exemptAddresses() {
                return List.of("127.0.0.1");
            }
        };
        reactions.store = new FraudStore() {
            @Override
            public boolean assessed(long orderId) {
                return assessments.stream().anyMatch(a -> a.getOrderId() == orderId);
            }

            @Override
            public void add(FraudAssessment assessment) {
                assessment.setId(700L + assessments.size());
                assessments.add(assessment);
            }

            @Override
            public long recent(String attribute, Object value, Instant since) {
                return 0;
            }

            @Override
            public void recordFailedPayment(long transactionId, long customerId, long orderId, Instant failedAt) {
                failedPayments.putIfAbsent(transactionId, new PaymentFailed(orderId, customerId, transactionId,
                        BigDecimal.ONE, "declined", false, failedAt));
            }

            @Override
            public long failedPaymentsSince(long customerId, Instant since) {
                questions.add("failed payments of " + customerId);
                return failedPayments.values().stream()
                        .filter(f -> f.customerId() == customerId && !f.failedAt().isBefore(since)).count();
            }

            @Override
            public List<Long> assessedAmong(Collection<Long> orderIds) {
                questions.add("assessed among " + new TreeSet<>(orderIds));
                return assessments.stream().map(FraudAssessment::getOrderId).filter(orderIds::contains).toList();
            }

            @Override
            public Map<Long, Long> failedPaymentsSince(Collection<Long> customerIds, Instant since) {
                questions.add("failed payments of " + customerIds);
                return failedPayments.values().stream()
                        .filter(f -> customerIds.contains(f.customerId()) && !f.failedAt().isBefore(since))
                        .collect(Collectors.groupingBy(PaymentFailed::customerId, Collectors.counting()));
            }
        };
        reactions.upFront = new UpFrontReads();
        reactions.events = new PublishedEvents(published);
        reactions.init();
    }

    @Test
    void anEstablishedCustomerShippingHomeIsClearedFromTheEventAlone() {
        reactions.assessOrder(check(1, Instant.now().minus(Duration.ofDays(400)), HOME, HOME));

        assertEquals(0, assessments.get(0).getScore());
        assertEquals(FraudAssessed.Verdict.CLEARED, ((FraudAssessed) published.get(0)).verdict());
        assertEquals("c".repeat(64), assessments.get(0).getCardFingerprint());
    }

    @Test
    void theAccountAgeAndTheAddressesTheOrderRecordedCount() {
        reactions.assessOrder(check(1, Instant.now().minus(Duration.ofHours(2)), OFFICE, HOME));

        List<String> reasons = assessments.get(0).reasonList();
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("new account: opened 2 h ago")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("address mismatch")), reasons.toString());
    }

    @Test
    void failedPaymentsPaymentReportedCountOncePerAttemptAndOnlyWithinTheWindow() {
        Instant now = Instant.now();
        reactions.paymentFailed(failure(101, now.minus(Duration.ofHours(30))));
        reactions.paymentFailed(failure(102, now.minus(Duration.ofHours(3))));
        reactions.paymentFailed(failure(103, now.minus(Duration.ofHours(2))));
        reactions.paymentFailed(failure(103, now.minus(Duration.ofHours(2))));
        reactions.assessOrder(check(1, now.minus(Duration.ofDays(400)), HOME, HOME));
        reactions.paymentFailed(failure(104, now.minus(Duration.ofHours(1))));
        reactions.assessOrder(check(2, now.minus(Duration.ofDays(400)), HOME, HOME));

        assertTrue(assessments.get(0).reasonList().isEmpty(), "two failures are within the allowance of 2");
        assertEquals(List.of("failed payments: 3 in 24 h"), assessments.get(1).reasonList().stream()
                .filter(r -> r.startsWith("failed payments")).toList());
    }

    @Test
    void aBatchOfChecksAsksItsQuestionsOnceAndAssessesARepeatedOrderOnce() {
        Instant now = Instant.now();
        reactions.paymentFailed(failure(101, now.minus(Duration.ofHours(3))));
        reactions.paymentFailed(failure(102, now.minus(Duration.ofHours(2))));
        reactions.paymentFailed(failure(103, now.minus(Duration.ofHours(1))));
        FraudCheckRequested first = check(1, now.minus(Duration.ofDays(400)), HOME, HOME);
        FraudCheckRequested second = check(2, now.minus(Duration.ofDays(400)), HOME, HOME);

        reactions.readAheadFor(List.of(received(first), received(second), received(first)));
        reactions.assessOrder(first);
        reactions.assessOrder(second);
        reactions.assessOrder(first);

        assertEquals(List.of("assessed among [1, 2]", "failed payments of [" + CUSTOMER + "]"), questions);
        assertEquals(2, assessments.size(), "the repeated check changed nothing");
        assertEquals(List.of("failed payments: 3 in 24 h"), assessments.get(1).reasonList().stream()
                .filter(r -> r.startsWith("failed payments")).toList());
    }

    @Test
    void aBatchThatRecordsAFailedPaymentLeavesTheCountToEachCheck() {
        Instant now = Instant.now();
        FraudCheckRequested first = check(1, now.minus(Duration.ofDays(400)), HOME, HOME);
        FraudCheckRequested second = check(2, now.minus(Duration.ofDays(400)), HOME, HOME);
        PaymentFailed failed = failure(101, now);

        reactions.readAheadFor(List.of(received(first), received(second),
                new ReceivedEvent(UUID.randomUUID(), EventType.PAYMENT_FAILED, now, failed.orderId(), "payment",
                        failed)));
        reactions.assessOrder(first);
        reactions.paymentFailed(failed);
        reactions.assessOrder(second);

        assertEquals(List.of("assessed among [1, 2]", "failed payments of " + CUSTOMER,
                "failed payments of " + CUSTOMER), questions);
    }

    private static ReceivedEvent received(FraudCheckRequested check) {
        return new ReceivedEvent(UUID.randomUUID(), EventType.FRAUD_CHECK_REQUESTED, Instant.EPOCH, check.orderId(),
                "inventory", check);
    }

    private static FraudCheckRequested check(long orderId, Instant customerSince, PostalAddress billTo,
            PostalAddress shipTo) {
        return new FraudCheckRequested(orderId, "AG-" + orderId, CUSTOMER, "ada@example.com", customerSince,
                new BigDecimal("80.00"), "USD", 2, shipTo, billTo, "c".repeat(64), "127.0.0.1");
    }

    private static PaymentFailed failure(long transactionId, Instant at) {
        return new PaymentFailed(900 + transactionId, CUSTOMER, transactionId, new BigDecimal("80.00"), "declined",
                false, at);
    }
}
