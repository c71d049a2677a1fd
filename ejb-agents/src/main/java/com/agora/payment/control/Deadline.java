package com.agora.payment.control;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a remote call on another thread and stops waiting at a deadline, so a gateway that does not answer
 * cannot hold an order (and a transaction) forever. An abandoned call is interrupted.
 */
public final class Deadline {

    private Deadline() {
    }

    /** The call's answer, or empty when none came within the limit. */
    public static <T> Optional<T> within(ExecutorService executor, Duration limit, Callable<T> call) {
        Future<T> answer = executor.submit(call);
        try {
            return Optional.ofNullable(answer.get(limit.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            answer.cancel(true);
            return Optional.empty();
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("gateway call failed", e.getCause());
        }
    }
}
