package com.agora.frauddetection.entity;

/**
 * Where an assessment stands: cleared or rejected automatically, or waiting in the review queue until an admin
 * approves or rejects it. Stored as the lowercase code in {@code fraud_assessments.status}.
 */
public enum AssessmentStatus {
    CLEARED,
    REVIEW,
    APPROVED,
    REJECTED
}
