package com.agora.payment.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How long the agent waits for the payment gateway: one limit for storing cards and for moving money. */
@Dependent
public class GatewayDeadline {

    @Inject
    GatewayThreads threads;

    @Inject
    @ConfigProperty(name = "agora.payment.gateway-timeout-ms", defaultValue = "2000")
    long timeoutMillis;

    /** The gateway's answer, or empty when none came in time. */
    public <T> Optional<T> within(Callable<T> call) {
        return threads.within(Duration.ofMillis(timeoutMillis), call);
    }
}
