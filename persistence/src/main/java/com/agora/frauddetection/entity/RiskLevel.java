package com.agora.frauddetection.entity;

/** How risky Fraud Detection judged an order; stored as the lowercase code in {@code fraud_assessments.risk_level}. */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH
}
