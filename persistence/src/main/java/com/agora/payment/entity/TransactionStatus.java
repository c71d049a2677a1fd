package com.agora.payment.entity;

/** The outcome of a gateway attempt; stored as the lowercase code in {@code transactions.status}. */
public enum TransactionStatus {
    PENDING,
    SUCCESS,
    FAILED,
    CANCELLED
}
