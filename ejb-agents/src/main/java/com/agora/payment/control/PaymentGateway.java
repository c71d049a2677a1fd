package com.agora.payment.control;

import java.math.BigDecimal;

/**
 * A payment service provider as the Payment agent needs it. Every call may block on the network; the agent
 * calls it under a deadline and treats no answer as a timeout.
 */
public interface PaymentGateway {

    /** The name stored with every transaction, e.g. {@code test}. */
    String name();

    /** Exchanges a card for the gateway's token; the number itself is never kept by us. */
    String tokenize(String cardNumber, int expiryMonth, int expiryYear);

    GatewayResult authorize(String token, BigDecimal amount, String currency, String reference);

    GatewayResult capture(String authorizationId, BigDecimal amount, String currency);

    GatewayResult voidAuthorization(String authorizationId);

    GatewayResult refund(String captureId, BigDecimal amount, String currency);

    /** The gateway's answer: its own id for the operation when approved, why not otherwise. */
    record GatewayResult(boolean approved, String gatewayTransactionId, String declineReason) {

        public static GatewayResult approved(String gatewayTransactionId) {
            return new GatewayResult(true, gatewayTransactionId, null);
        }

        public static GatewayResult declined(String gatewayTransactionId, String reason) {
            return new GatewayResult(false, gatewayTransactionId, reason);
        }
    }
}
