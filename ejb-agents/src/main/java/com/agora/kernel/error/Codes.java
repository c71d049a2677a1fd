package com.agora.kernel.error;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Status and type codes as clients and the database spell them (lowercase, as in {@code ?status=review}). */
public final class Codes {

    private Codes() {
    }

    /** @throws DomainProblem (400, on {@code field}) for a code the enum does not know */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String code) {
        try {
            return Enum.valueOf(type, code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainProblem.invalid(field, "unknown " + field + " '" + code + "'; must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(Codes::code).collect(Collectors.joining(", ")));
        }
    }

    /** The enum as its lowercase code, the way the API and the database spell it. */
    public static String code(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
