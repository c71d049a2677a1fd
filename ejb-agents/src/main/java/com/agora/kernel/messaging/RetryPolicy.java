package com.agora.kernel.messaging;

import java.time.Duration;

/** How often and how patiently a failing event is tried again before it is parked as a dead letter. */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    public boolean allowsAnotherAttemptAfter(int attempt) {
        return attempt < maxAttempts;
    }

    /** Exponential back-off: the delay doubles with every failed attempt, capped at {@link #maxDelay}. */
    public Duration delayAfter(int failedAttempt) {
        long factor = 1L << Math.min(Math.max(failedAttempt - 1, 0), 20);
        Duration delay = firstDelay.multipliedBy(factor);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
