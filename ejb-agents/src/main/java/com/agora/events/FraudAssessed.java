package com.agora.events;

import java.util.List;

/**
 * Fraud Detection's verdict on an order. {@code reviewer} names the admin who decided a manual review, and is
 * null for automatic decisions.
 */
public record FraudAssessed(long orderId, long assessmentId, int score, Verdict verdict, List<String> reasons,
        String reviewer) {

    public enum Verdict {
        /** Low risk, or approved in review: the order may be charged. */
        CLEARED,
        /** Medium risk: the order waits in the manual review queue. */
        REVIEW_REQUIRED,
        /** High risk, or rejected in review. */
        REJECTED
    }
}
