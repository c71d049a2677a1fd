package com.agora.api;

/** Role names as they appear in the tokens' groups claim. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String MERCHANT = "merchant";
    public static final String CUSTOMER = "customer";
    public static final String INTEGRATOR = "integrator";

    private Roles() {
    }
}
