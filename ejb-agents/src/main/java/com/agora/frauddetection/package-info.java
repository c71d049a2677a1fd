/**
 * The Fraud Detection agent: scores every order once its stock is held, clears low risk, rejects high risk and
 * keeps medium risk in a manual review queue until an admin decides.
 *
 * <p>Owns {@code fraud_assessments} and {@code fraud_failed_payments}. Listens to {@code FraudCheckRequested} (which
 * carries the account's age, the addresses and the card's fingerprint as the order recorded them) and
 * {@code PaymentFailed} (counted per customer for later orders). Publishes {@code FraudAssessed}. Asks no agent.
 */
package com.agora.frauddetection;
