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
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies the bearer tokens {@link JwtSigner} issues, with the checks MicroProfile JWT makes: an RS256 signature
 * against the configured public key (unsigned tokens and every other algorithm are refused, so a token cannot
 * pick a weaker check for itself), the expected issuer, and expiry with a small leeway for clock skew.
 */
public final class JwtVerifier {

    private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    public JwtVerifier(RSAPublicKey key, String issuer, Clock clock) {
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
        try {
            return caller(processor.process(token, null));
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
