package com.agora.merchant.entity;

/**
 * Lifecycle of a merchant account; stored as the lowercase code in {@code merchants.status}.
 */
public enum MerchantStatus {
    ACTIVE,
    SUSPENDED,
    PENDING
}
