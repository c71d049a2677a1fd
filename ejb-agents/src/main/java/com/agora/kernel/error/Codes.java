package com.agora.kernel.error;

import java.util.Locale;

/** Reads the lowercase status and type codes clients send (as in {@code ?status=review}) into their enums. */
public final class Codes {

    private Codes() {
    }

    /** @throws DomainProblem (400, on {@code field}) for a code the enum does not know */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String code) {
        try {
            return Enum.valueOf(type, code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainProblem.invalid(field, "unknown " + field + " '" + code + "'");
        }
    }
}
