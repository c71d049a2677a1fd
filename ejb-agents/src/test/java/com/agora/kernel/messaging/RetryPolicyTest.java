package com.agora.kernel.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(3));

    @Test
    void doublesTheDelayUpToTheCap() {
        assertEquals(Duration.ofMillis(500), policy.delayAfter(1));
        assertEquals(Duration.ofSeconds(1), policy.delayAfter(2));
        assertEquals(Duration.ofSeconds(2), policy.delayAfter(3));
        assertEquals(Duration.ofSeconds(3), policy.delayAfter(4));
        assertEquals(Duration.ofSeconds(3), policy.delayAfter(60));
    }

    @Test
    void stopsAfterTheLastAttempt() {
        assertTrue(policy.allowsAnotherAttemptAfter(3));
        assertFalse(policy.allowsAnotherAttemptAfter(4));
    }
}
