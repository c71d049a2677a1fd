package com.agora.security.entity;

/**
 * What a user account is allowed to do; stored as the lowercase code in {@code users.role}.
 * {@code INTEGRATOR} is for machine clients of the public API, not for people.
 */
public enum Role {
    ADMIN,
    MERCHANT,
    CUSTOMER,
    INTEGRATOR
}
