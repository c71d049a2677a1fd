package com.agora.monitoring.entity;

/**
 * Handling state of an alert; stored as the lowercase code in {@code alerts.status}.
 */
public enum AlertStatus {
    ACTIVE,
    ACKNOWLEDGED,
    RESOLVED
}
