package com.agora.payment.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The threads gateway calls run on while the agent waits for them under a deadline. A pool of our own, grown on
 * demand from the server's managed thread factory: the server's default executor may run its tasks one at a time,
 * and then one card that never answers would make every other payment behind it miss its deadline too.
 */
@ApplicationScoped
public class GatewayThreads {

    @Resource
    ManagedThreadFactory threadFactory;

    private ExecutorService pool;

    @PostConstruct
    void start() {
        pool = Executors.newCachedThreadPool(threadFactory);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /** The call's answer, or empty when none came within the limit. */
    public <T> Optional<T> within(Duration limit, Callable<T> call) {
        return Deadline.within(pool, limit, call);
    }
}
