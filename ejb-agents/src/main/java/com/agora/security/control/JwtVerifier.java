package com.agora.security.control;

import com.agora.kernel.security.Caller;
import com.agora.security.entity.Role;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.proc.SingleKeyJWSKeySelector;
import com.nimbusds.jwt.JWTClaimNames;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies the bearer tokens {@link JwtSigner} issues, with the checks MicroProfile JWT makes: an RS256 signature
 * against the configured public key (unsigned tokens and every other algorithm are refused, so a token cannot
 * pick a weaker check for itself), the expected issuer, and expiry with a small leeway for clock skew.
 */
public final class JwtVerifier {

    private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    /** Beyond this many tokens remembered at once, the memory starts again: it only saves work. */
    static final int REMEMBERED_TOKENS = 10_000;

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final Clock clock;
    /**
     * Tokens that passed, with their caller, until the moment the checks would refuse them. A client sends the
     * same token with every request, and the RSA signature check cost more than the rest of a small request's
     * security. A token is a key only by its exact text, so a changed one is checked in full.
     */
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(Caller caller, Instant refusedFrom) {
    }

    public JwtVerifier(RSAPublicKey key, String issuer, Clock clock) {
        this.clock = clock;
        processor.setJWSKeySelector(new SingleKeyJWSKeySelector<>(JWSAlgorithm.RS256, key));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issuer).build(),
                Set.of(JWTClaimNames.EXPIRATION_TIME, "groups")) {
            @Override
            protected Date currentTime() {
                return Date.from(clock.instant());
            }
        };
        claims.setMaxClockSkew((int) CLOCK_SKEW.toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
    }

    /** Reads an X.509 PEM public key ("BEGIN PUBLIC KEY"). */
    public static RSAPublicKey publicKeyFromPem(String pem) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Pem.decode(pem)));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("the JWT verification key is not an X.509 RSA public key", e);
        }
    }

    /** @return the caller the token speaks for, or empty when the token is forged, foreign, expired or garbled */
    public Optional<Caller> verify(String token) {
        Verified known = verified.get(token);
        if (known != null) {
            if (clock.instant().isBefore(known.refusedFrom())) {
                return Optional.of(known.caller());
            }
            verified.remove(token);
        }
        try {
            JWTClaimsSet claims = processor.process(token, null);
            Optional<Caller> caller = caller(claims);
            if (caller.isPresent() && claims.getNotBeforeTime() == null) {
                if (verified.size() >= REMEMBERED_TOKENS) {
                    verified.clear();
                }
                verified.put(token, new Verified(caller.get(),
                        claims.getExpirationTime().toInstant().plus(CLOCK_SKEW)));
            }
            return caller;
        } catch (ParseException | BadJOSEException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Caller> caller(JWTClaimsSet claims) throws ParseException {
        String upn = claims.getStringClaim("upn");
        String name = upn != null ? upn : claims.getSubject();
        List<String> groups = claims.getStringListClaim("groups");
        if (name == null || groups == null || groups.isEmpty()) {
            return Optional.empty();
        }
        Role role = Role.valueOf(groups.get(0).toUpperCase(Locale.ROOT));
        return Optional.of(new Caller(name, role, claims.getLongClaim("merchant_id"),
                claims.getLongClaim("customer_id")));
    }
}
