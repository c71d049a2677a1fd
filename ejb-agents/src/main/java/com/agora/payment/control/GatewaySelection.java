package com.agora.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Picks the payment gateway the platform charges through, by configuration ({@code agora.payment.gateway}). */
@ApplicationScoped
public class GatewaySelection {

    @Inject
    @ConfigProperty(name = "agora.payment.gateway", defaultValue = TestGateway.NAME)
    String gateway;

    /** Longer than any sensible deadline, so the timeout card is never answered in time. */
    @Inject
    @ConfigProperty(name = "agora.payment.test-gateway.unanswered-delay-ms", defaultValue = "10000")
    long unansweredDelayMillis;

    @Produces
    @ApplicationScoped
    PaymentGateway selectedGateway() {
        if (TestGateway.NAME.equals(gateway)) {
            return new TestGateway(Duration.ofMillis(unansweredDelayMillis));
        }
        throw new IllegalStateException("unknown payment gateway '" + gateway + "' (agora.payment.gateway); "
                + "this build knows: " + TestGateway.NAME);
    }
}
