package com.agora.security.control;

import com.agora.kernel.json.JsonSupport;
import com.agora.kernel.security.Caller;
import com.agora.security.entity.Role;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Verifies the bearer tokens {@link JwtSigner} issues, with the checks MicroProfile JWT makes: RS256 signature
 * against the configured public key, the expected issuer, and expiry (with a small leeway for clock skew).
 */
public final class JwtVerifier {

    private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final PublicKey key;
    private final String issuer;
    private final Clock clock;

    public JwtVerifier(PublicKey key, String issuer, Clock clock) {
        this.key = key;
        this.issuer = issuer;
        this.clock = clock;
    }

    /** Reads an X.509 PEM public key ("BEGIN PUBLIC KEY"). */
    public static PublicKey publicKeyFromPem(String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the JWT verification key is not an X.509 RSA public key", e);
        }
    }

    /** @return the caller the token speaks for, or empty when the token is forged, foreign, expired or garbled */
    public Optional<Caller> verify(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonObject header = json(parts[0]);
            if (!"RS256".equals(header.getString("alg", ""))) {
                return Optional.empty();
            }
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key);
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!signature.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                return Optional.empty();
            }
            JsonObject claims = json(parts[1]);
            long now = clock.instant().getEpochSecond();
            if (!issuer.equals(claims.getString("iss", null))
                    || !claims.containsKey("exp") || claims.getJsonNumber("exp").longValue() + CLOCK_SKEW.toSeconds() < now) {
                return Optional.empty();
            }
            JsonArray groups = claims.getJsonArray("groups");
            String name = claims.getString("upn", claims.getString("sub", null));
            if (name == null || groups == null || groups.isEmpty()) {
                return Optional.empty();
            }
            Role role = Role.valueOf(groups.getString(0).toUpperCase(Locale.ROOT));
            return Optional.of(new Caller(name, role, id(claims, "merchant_id"), id(claims, "customer_id")));
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Long id(JsonObject claims, String name) {
        JsonNumber number = claims.getJsonNumber(name);
        return number == null ? null : number.longValue();
    }

    private static JsonObject json(String base64Url) {
        return JsonSupport.parseObject(new String(Base64.getUrlDecoder().decode(base64Url), StandardCharsets.UTF_8));
    }
}
