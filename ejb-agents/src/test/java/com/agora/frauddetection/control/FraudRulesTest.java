package com.agora.frauddetection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.frauddetection.control.FraudRules.OrderFacts;
import com.agora.frauddetection.control.FraudRules.Velocity;
import com.agora.frauddetection.control.FraudRules.Verdict;
import com.agora.frauddetection.entity.RiskLevel;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FraudRulesTest {

    private static final Duration OLD_ACCOUNT = Duration.ofDays(180);
    private static final Optional<Velocity> QUIET = Optional.of(new Velocity(0, 0, 0, 0));

    private final FraudRules rules = new FraudRules(new FraudPolicy(new BigDecimal("1000.00"),
            new BigDecimal("2500.00"), new BigDecimal("10000.00"), Duration.ofHours(24), 10, 2, Duration.ofHours(24),
            Duration.ofMinutes(60), 3, 5, 5, 10, 40, 70));

    @Test
    void anOrdinaryOrderOfAnEstablishedCustomerIsLowRiskWithoutReasons() {
        Verdict verdict = rules.assess(order("249.99", OLD_ACCOUNT, 3, 0, false, QUIET));

        assertEquals(0, verdict.score());
        assertEquals(RiskLevel.LOW, verdict.riskLevel());
        assertEquals(List.of(), verdict.reasons());
    }

    @Test
    void thePrototypesSixRulesAddUpTheirPoints() {
        Verdict verdict = rules.assess(order("1500.00", Duration.ofHours(2), 11, 3, true,
                Optional.of(new Velocity(3, 0, 0, 0))));

        assertEquals(100, verdict.score(), "20 + 30 + 40 + 25 + 15 + 10 = 140, capped");
        assertEquals(RiskLevel.HIGH, verdict.riskLevel());
        assertEquals(6, verdict.reasons().size(), verdict.reasons().toString());
    }

    @Test
    void theRiskLevelFollowsTheScoreThresholds() {
        assertEquals(RiskLevel.LOW, rules.assess(order("1500.00", OLD_ACCOUNT, 11, 0, false, QUIET)).riskLevel());
        Verdict medium = rules.assess(order("1500.00", Duration.ofHours(1), 1, 0, false, QUIET));
        assertEquals(50, medium.score());
        assertEquals(RiskLevel.MEDIUM, medium.riskLevel());
        assertEquals(RiskLevel.HIGH, rules.level(70));
        assertEquals(RiskLevel.MEDIUM, rules.level(69));
        assertEquals(RiskLevel.LOW, rules.level(39));
    }

    @Test
    void anAmountAboveTheReviewAmountAlwaysGoesToReviewAndAboveTheRejectAmountIsRejected() {
        Verdict review = rules.assess(order("2500.01", OLD_ACCOUNT, 1, 0, false, QUIET));
        assertEquals(RiskLevel.MEDIUM, review.riskLevel());
        assertEquals(40, review.score());
        assertTrue(review.reasons().get(review.reasons().size() - 1).contains("review amount"), review.reasons().toString());

        assertEquals(RiskLevel.MEDIUM, rules.assess(order("2500.01", Duration.ofHours(1), 1, 0, true, QUIET))
                .riskLevel(), "20 + 30 + 15 stays medium");
        Verdict rejected = rules.assess(order("10000.01", OLD_ACCOUNT, 1, 0, false, QUIET));
        assertEquals(RiskLevel.HIGH, rejected.riskLevel());
        assertEquals(70, rejected.score());
        assertEquals(RiskLevel.LOW, rules.assess(order("2500.00", OLD_ACCOUNT, 1, 0, false, QUIET)).riskLevel());
    }

    @Test
    void velocityCountsThisOrderWithTheEarlierOnesInTheWindow() {
        assertEquals(0, rules.assess(order("10.00", OLD_ACCOUNT, 1, 0, false,
                Optional.of(new Velocity(2, 4, 4, 9)))).score());
        Verdict busy = rules.assess(order("10.00", OLD_ACCOUNT, 1, 0, false, Optional.of(new Velocity(0, 5, 5, 10))));
        assertEquals(75, busy.score(), busy.reasons().toString());
        assertTrue(busy.reasons().contains("velocity: 6 orders with this card in 1 h"), busy.reasons().toString());
        assertEquals(40, rules.assess(order("10.00", OLD_ACCOUNT, 1, 0, false,
                Optional.of(new Velocity(3, 0, 0, 0)))).score());
    }

    @Test
    void withoutVelocityThousandsOfEarlierOrdersDoNotCount() {
        assertEquals(RiskLevel.LOW, rules.assess(order("120.00", OLD_ACCOUNT, 4, 0, false, Optional.empty()))
                .riskLevel());
    }

    @Test
    void velocityIgnoresLoopbackListedAndUnknownClientAddresses() {
        assertFalse(FraudRules.velocityApplies("127.0.0.1", List.of()));
        assertFalse(FraudRules.velocityApplies("0:0:0:0:0:0:0:1", List.of()));
        assertFalse(FraudRules.velocityApplies("::1", List.of()));
        assertFalse(FraudRules.velocityApplies(null, List.of()));
        assertFalse(FraudRules.velocityApplies("203.0.113.7", List.of(" 203.0.113.7")));
        assertTrue(FraudRules.velocityApplies("203.0.113.7", List.of("127.0.0.1")));
        assertTrue(FraudRules.velocityApplies("2001:db8::1", List.of()));
    }

    @Test
    void addressesAreComparedByWhereTheyAreNotByHowTheyAreTyped() {
        assertTrue(FraudRules.samePlace(List.of("12 Pine St.", "", "98101", "Seattle", "WA", "US"),
                List.of("12  pine st", "", "98101", "SEATTLE", "wa", "US")));
        assertFalse(FraudRules.samePlace(List.of("12 Pine St", "", "98101", "Seattle", "WA", "US"),
                List.of("14 Pine St", "", "98101", "Seattle", "WA", "US")));
    }

    private static OrderFacts order(String total, Duration accountAge, int units, long failedPayments,
            boolean mismatch, Optional<Velocity> velocity) {
        return new OrderFacts(new BigDecimal(total), accountAge, units, failedPayments, mismatch, velocity);
    }
}
