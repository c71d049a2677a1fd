package com.agora.carrier.control;

import java.util.Locale;

/** How fast a parcel travels, slowest first: a faster service always keeps the promise of a slower one. */
public enum ServiceLevel {
    STANDARD,
    EXPRESS,
    OVERNIGHT;

    public boolean meets(ServiceLevel promised) {
        return compareTo(promised) >= 0;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ServiceLevel of(String code) {
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown service level '" + code + "'", e);
        }
    }
}
