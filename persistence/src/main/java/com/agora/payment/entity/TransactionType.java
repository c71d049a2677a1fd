package com.agora.payment.entity;

/** What a gateway attempt did; stored as the lowercase code in {@code transactions.transaction_type}. */
public enum TransactionType {
    AUTHORIZATION,
    CAPTURE,
    VOID,
    REFUND,
    CHARGE
}
