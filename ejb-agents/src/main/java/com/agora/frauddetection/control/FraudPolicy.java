package com.agora.frauddetection.control;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * The thresholds Fraud Detection scores by, from configuration. The points per rule are the prototype's; only
 * where a rule starts to fire is a business setting.
 *
 * @param highValueAmount  a total above it scores as a high-value order
 * @param reviewAmount     a total above it always goes to manual review (at least medium risk)
 * @param rejectAmount     a total above it is always rejected (high risk)
 * @param newAccountAge    an account younger than this is new
 * @param bulkUnits        more units than this in one order is a bulk order
 * @param failedPayments   more failed authorizations than this within {@code failedPaymentsWindow} scores
 * @param velocityWindow   how far back the velocity rules count orders
 * @param customerOrders   more orders than this by one customer within the window scores
 * @param cardOrders       more orders than this on one card (by fingerprint, across customers) scores
 * @param emailOrders      more orders than this under one e-mail address scores
 * @param ipOrders         more orders than this from one client address scores
 * @param mediumScore      from this score on, an order goes to manual review
 * @param highScore        from this score on, an order is rejected
 */
public record FraudPolicy(BigDecimal highValueAmount, BigDecimal reviewAmount, BigDecimal rejectAmount,
        Duration newAccountAge, int bulkUnits, int failedPayments, Duration failedPaymentsWindow,
        Duration velocityWindow, int customerOrders, int cardOrders, int emailOrders, int ipOrders, int mediumScore,
        int highScore) {
}
