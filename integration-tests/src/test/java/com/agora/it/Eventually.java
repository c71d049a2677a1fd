package com.agora.it;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for outcomes the agents reach asynchronously, polling five times a second up to a deadline. */
public final class Eventually {

    private static final Duration POLL = Duration.ofMillis(200);

    private Eventually() {
    }

    public static <T> T until(Supplier<Optional<T>> probe, Duration timeout, Supplier<String> what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("waited " + timeout.toSeconds() + " s in vain for " + what.get());
    }

    public static void untilTrue(BooleanSupplier condition, Duration timeout, String what) {
        until(() -> condition.getAsBoolean() ? Optional.of(true) : Optional.empty(), timeout, () -> what);
    }
}
