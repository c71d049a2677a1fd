package com.agora.returns.entity;

/** What the customer wants for the returned units: the money back, or the same goods again. */
public enum ReturnType {
    REFUND,
    EXCHANGE
}
