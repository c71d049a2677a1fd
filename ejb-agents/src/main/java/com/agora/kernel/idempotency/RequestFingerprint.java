package com.agora.kernel.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What {@link IdempotencyKeys} compares to tell a retry from a different request under the same key: a SHA-256 of
 * the request's fields in a fixed order (absent fields count as empty).
 */
public final class RequestFingerprint {

    private RequestFingerprint() {
    }

    public static String of(Object... fields) {
        String canonical = Stream.of(fields).map(f -> Objects.toString(f, "")).collect(Collectors.joining("|"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
