package com.agora.monitoring.entity;

/**
 * How urgent an alert is; stored as the lowercase code in {@code alerts.severity}.
 */
public enum AlertSeverity {
    INFO,
    WARNING,
    ERROR,
    CRITICAL
}
