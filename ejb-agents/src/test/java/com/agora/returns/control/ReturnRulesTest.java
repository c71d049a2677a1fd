package com.agora.returns.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.returns.entity.ReturnReason;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReturnRulesTest {

    private final ReturnRules rules = new ReturnRules(new BigDecimal("200.00"), Set.of(ReturnReason.OTHER));

    @Test
    void aSmallReturnWithAConcreteReasonIsApprovedAtOnce() {
        ReturnRules.Decision decision = rules.decide(ReturnReason.DAMAGED, new BigDecimal("54.00"));

        assertTrue(decision.approved());
        assertEquals("approved automatically: value 54.00 within the limit of 200.00", decision.rule());
    }

    @Test
    void theLimitItselfIsStillApproved() {
        assertTrue(rules.decide(ReturnReason.DEFECTIVE, new BigDecimal("200.00")).approved());
    }

    @Test
    void aReturnWorthMoreThanTheLimitWaitsForAPerson() {
        ReturnRules.Decision decision = rules.decide(ReturnReason.WRONG_ITEM, new BigDecimal("200.01"));

        assertFalse(decision.approved());
        assertEquals("value 200.01 exceeds the automatic approval limit of 200.00", decision.rule());
    }

    @Test
    void aVagueReasonWaitsForAPersonWhateverTheValue() {
        ReturnRules.Decision decision = rules.decide(ReturnReason.OTHER, new BigDecimal("1.00"));

        assertFalse(decision.approved());
        assertEquals("reason 'other' needs a manual decision", decision.rule());
    }

    @Test
    void theReasonsForAPersonAreConfigurable() {
        ReturnRules strict = new ReturnRules(new BigDecimal("200.00"),
                Set.of(ReturnReason.OTHER, ReturnReason.NO_LONGER_NEEDED));

        assertFalse(strict.decide(ReturnReason.NO_LONGER_NEEDED, new BigDecimal("5.00")).approved());
        assertTrue(rules.decide(ReturnReason.NO_LONGER_NEEDED, new BigDecimal("5.00")).approved());
    }
}
