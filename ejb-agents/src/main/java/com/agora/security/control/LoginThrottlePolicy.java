package com.agora.security.control;

import java.time.Duration;
import java.time.Instant;

/**
 * When failed sign-ins slow down and lock, for one subject: an account or a client address. Failures are counted in
 * a window that starts with the first of them; the answer to each failure after the first is held back a little
 * longer (doubling up to a cap), and reaching the limit locks the subject until the lock ends or an admin lifts it.
 */
public record LoginThrottlePolicy(int limit, Duration window, Duration lock, Duration firstDelay, Duration maxDelay) {

    /** What is known about one subject: failures in the current window and the lock, if any. */
    public record State(int failures, Instant windowStartedAt, Instant lockedUntil) {

        public static final State CLEAN = new State(0, null, null);

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    public LoginThrottlePolicy {
        if (limit < 1) {
            throw new IllegalArgumentException("the failure limit must be at least 1, not " + limit);
        }
    }

    /** The state after one more failure at {@code now}: a window long past starts afresh. */
    public State afterFailure(State current, Instant now) {
        boolean freshWindow = current.windowStartedAt() == null || !current.windowStartedAt().plus(window).isAfter(now);
        int failures = freshWindow ? 1 : current.failures() + 1;
        Instant windowStart = freshWindow ? now : current.windowStartedAt();
        Instant lockedUntil = failures >= limit ? now.plus(lock) : current.lockedUntil();
        return new State(failures, windowStart, lockedUntil);
    }

    /** How long to hold back the answer to a failure: nothing for the first, then doubling up to the cap. */
    public Duration delayAfter(int failures) {
        if (failures <= 1) {
            return Duration.ZERO;
        }
        // Beyond 2^20 times the first delay the cap has long been reached; the shift must not overflow.
        Duration delay = firstDelay.multipliedBy(1L << Math.min(failures - 2, 20));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
