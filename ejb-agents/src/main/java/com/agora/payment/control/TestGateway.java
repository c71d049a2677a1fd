package com.agora.payment.control;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

/**
 * The built-in gateway for development and tests. The outcome of an authorization follows well-known test card
 * numbers; the behaviour is written into the token at registration, so the number is not needed later.
 * Captures, voids and refunds of an approved authorization always succeed.
 */
public class TestGateway implements PaymentGateway {

    public static final String NAME = "test";
    private static final String TOKEN_PREFIX = "tok_test_";

    /** What the test gateway does when a card is charged. */
    public enum Behaviour {
        APPROVE("4242424242424242"),
        DECLINE("4000000000000002"),
        INSUFFICIENT_FUNDS("4000000000009995"),
        TIMEOUT("4000000000000259");

        private final String cardNumber;

        Behaviour(String cardNumber) {
            this.cardNumber = cardNumber;
        }

        public String cardNumber() {
            return cardNumber;
        }

        /** Any other valid number approves, as with real gateways' sandboxes. */
        static Behaviour ofCard(String digits) {
            return Arrays.stream(values()).filter(b -> b.cardNumber.equals(digits)).findFirst().orElse(APPROVE);
        }

        static Behaviour ofToken(String token) {
            return Arrays.stream(values())
                    .filter(b -> token != null && token.startsWith(TOKEN_PREFIX + b.name().toLowerCase() + "_"))
                    .findFirst().orElse(APPROVE);
        }
    }

    private final Duration unansweredDelay;

    /** @param unansweredDelay how long the timeout card keeps a caller waiting before it answers at all */
    public TestGateway(Duration unansweredDelay) {
        this.unansweredDelay = unansweredDelay;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String tokenize(String cardNumber, int expiryMonth, int expiryYear) {
        return TOKEN_PREFIX + Behaviour.ofCard(cardNumber).name().toLowerCase() + "_" + shortId();
    }

    @Override
    public GatewayResult authorize(String token, BigDecimal amount, String currency, String reference) {
        String id = "test_auth_" + shortId();
        return switch (Behaviour.ofToken(token)) {
            case APPROVE -> GatewayResult.approved(id);
            case DECLINE -> GatewayResult.declined(id, "card declined");
            case INSUFFICIENT_FUNDS -> GatewayResult.declined(id, "insufficient funds");
            case TIMEOUT -> {
                sleep(unansweredDelay);
                yield GatewayResult.approved(id);
            }
        };
    }

    @Override
    public GatewayResult capture(String authorizationId, BigDecimal amount, String currency) {
        return GatewayResult.approved("test_capt_" + shortId());
    }

    @Override
    public GatewayResult voidAuthorization(String authorizationId) {
        return GatewayResult.approved("test_void_" + shortId());
    }

    @Override
    public GatewayResult refund(String captureId, BigDecimal amount, String currency) {
        return GatewayResult.approved("test_rfnd_" + shortId());
    }

    private static String shortId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
