package com.agora.events;

import com.agora.persistence.PostalAddress;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Stock is held for the order; Fraud Detection scores it before any money moves. It carries what the scoring
 * reads of the customer and the addresses, as the order recorded them, so Fraud Detection asks no other agent.
 *
 * @param customerSince when the customer's account was opened
 * @param cardFingerprint recognises the card the order is charged to without its number; null if it has none
 */
public record FraudCheckRequested(long orderId, String orderNumber, long customerId, String customerEmail,
        Instant customerSince, BigDecimal total, String currency, int unitCount, PostalAddress shipTo,
        PostalAddress billTo, String cardFingerprint, String clientIp) {
}
