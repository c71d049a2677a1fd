/**
 * The Fraud Detection agent: scores every order once its stock is held, clears low risk, rejects high risk and
 * keeps medium risk in a manual review queue until an admin decides.
 *
 * <p>Owns {@code fraud_assessments}. Listens to {@code FraudCheckRequested}. Publishes {@code FraudAssessed}.
 * Asks {@link com.agora.payment.boundary.PaymentFacts} for the card's fingerprint and recent refusals, and the
 * customer directory for the account's age and addresses.
 */
package com.agora.frauddetection;
