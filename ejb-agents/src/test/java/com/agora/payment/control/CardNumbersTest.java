package com.agora.payment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.kernel.error.DomainProblem.FieldError;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardNumbersTest {

    private static final YearMonth NOW = YearMonth.of(2025, 6);

    @Test
    void theTestCardsPassTheLuhnCheckAndAMistypedDigitDoesNot() {
        for (TestGateway.Behaviour behaviour : TestGateway.Behaviour.values()) {
            assertTrue(CardNumbers.passesLuhn(behaviour.cardNumber()), behaviour.name());
        }
        assertTrue(CardNumbers.passesLuhn("5555555555554444"));
        assertFalse(CardNumbers.passesLuhn("4242424242424241"));
        assertFalse(CardNumbers.passesLuhn("4242424242424224"));
    }

    @Test
    void customersMayTypeSpacesAndDashesButNothingElse() {
        assertEquals("4242424242424242", CardNumbers.digits("4242 4242-4242 4242"));
        assertNull(CardNumbers.digits("4242 4242 4242 424x"));
        assertNull(CardNumbers.digits("42424242"));
        assertNull(CardNumbers.digits(null));
    }

    @Test
    void knowsTheBrandAndKeepsOnlyTheLastFourAndAFingerprint() {
        assertEquals("visa", CardNumbers.brand("4242424242424242"));
        assertEquals("mastercard", CardNumbers.brand("5555555555554444"));
        assertEquals("mastercard", CardNumbers.brand("2223003122003222"));
        assertEquals("amex", CardNumbers.brand("378282246310005"));
        assertEquals("discover", CardNumbers.brand("6011111111111117"));
        assertEquals("4242", CardNumbers.lastFour("4242424242424242"));
        String fingerprint = CardNumbers.fingerprint("4242424242424242");
        assertEquals(64, fingerprint.length());
        assertEquals(fingerprint, CardNumbers.fingerprint("4242424242424242"));
        assertFalse(fingerprint.contains("4242424242424242"));
    }

    @Test
    void reportsEveryWrongFieldAtOnce() {
        List<FieldError> problems = CardNumbers.problems("4242424242424241", 13, 99, NOW);

        assertEquals(List.of("cardNumber", "expiryMonth", "expiryYear"),
                problems.stream().map(FieldError::field).toList());
    }

    @Test
    void aCardIsValidThroughItsExpiryMonthAndNotAfter() {
        assertTrue(CardNumbers.problems("4242424242424242", 6, 2025, NOW).isEmpty());
        List<FieldError> expired = CardNumbers.problems("4242424242424242", 5, 2025, NOW);
        assertEquals(1, expired.size());
        assertEquals("expiryYear", expired.get(0).field());
        assertTrue(expired.get(0).message().contains("2025-05"), expired.get(0).message());
    }
}
