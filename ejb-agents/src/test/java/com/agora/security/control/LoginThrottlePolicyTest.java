package com.agora.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.security.control.LoginThrottlePolicy.State;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottlePolicyTest {

    private static final Instant NINE = Instant.parse("2026-12-03T09:00:00Z");

    private final LoginThrottlePolicy fiveAMinute = new LoginThrottlePolicy(5, Duration.ofMinutes(1),
            Duration.ofMinutes(15), Duration.ofMillis(250), Duration.ofSeconds(2));

    @Test
    void theFifthFailureWithinTheWindowLocksForTheLockDuration() {
        State state = State.CLEAN;
        for (int i = 0; i < 4; i++) {
            state = fiveAMinute.afterFailure(state, NINE.plusSeconds(i * 10));
            assertFalse(state.lockedAt(NINE.plusSeconds(i * 10)), "failure " + (i + 1));
        }

        state = fiveAMinute.afterFailure(state, NINE.plusSeconds(50));

        assertEquals(5, state.failures());
        assertTrue(state.lockedAt(NINE.plusSeconds(51)));
        assertEquals(NINE.plusSeconds(50).plus(Duration.ofMinutes(15)), state.lockedUntil());
        assertFalse(state.lockedAt(NINE.plusSeconds(50).plus(Duration.ofMinutes(15))));
    }

    @Test
    void failuresSpreadBeyondTheWindowStartAfreshAndNeverLock() {
        State state = State.CLEAN;
        for (int i = 0; i < 10; i++) {
            state = fiveAMinute.afterFailure(state, NINE.plus(Duration.ofMinutes(2L * i)));
        }

        assertEquals(1, state.failures());
        assertFalse(state.lockedAt(NINE.plus(Duration.ofMinutes(18))));
    }

    @Test
    void theDelayGrowsFromNothingByDoublingUpToTheCap() {
        assertEquals(Duration.ZERO, fiveAMinute.delayAfter(1));
        assertEquals(Duration.ofMillis(250), fiveAMinute.delayAfter(2));
        assertEquals(Duration.ofMillis(500), fiveAMinute.delayAfter(3));
        assertEquals(Duration.ofMillis(1000), fiveAMinute.delayAfter(4));
        assertEquals(Duration.ofSeconds(2), fiveAMinute.delayAfter(5));
        assertEquals(Duration.ofSeconds(2), fiveAMinute.delayAfter(Integer.MAX_VALUE));
    }
}
