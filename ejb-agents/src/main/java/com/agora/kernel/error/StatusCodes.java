package com.agora.kernel.error;

import java.util.Locale;

/** Reads a status filter or field as clients write it (lowercase codes) into its enum, or refuses it as invalid. */
public final class StatusCodes {

    private StatusCodes() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String field, String code, String what) {
        try {
            return Enum.valueOf(type, code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainProblem.invalid(field, "unknown " + what + " '" + code + "'");
        }
    }

    /** The enum as its lowercase code, the way the API and the database spell it. */
    public static String code(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
