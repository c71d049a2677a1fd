package com.agora.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.kernel.security.Caller;
import com.agora.security.entity.Role;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JwtVerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static KeyPair keys;
    private static KeyPair otherKeys;

    @BeforeAll
    static void generateKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        otherKeys = generator.generateKeyPair();
    }

    private final JwtVerifier verifier = new JwtVerifier((RSAPublicKey) keys.getPublic(), "agora",
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final JwtSigner signer = new JwtSigner(keys.getPrivate());

    @Test
    void aValidTokenNamesTheCallerWithRoleAndMerchant() {
        String token = signer.sign(claims("agora", NOW.plusSeconds(600)).claim("merchant_id", 7).build());

        Caller caller = verifier.verify(token).orElseThrow();

        assertEquals(new Caller("merchant1", Role.MERCHANT, 7L, null), caller);
    }

    @Test
    void theSubjectNamesTheCallerWhenTheTokenHasNoUpn() {
        String token = signer.sign(new JWTClaimsSet.Builder().issuer("agora").subject("customer1")
                .claim("groups", List.of("customer")).claim("customer_id", 3)
                .expirationTime(Date.from(NOW.plusSeconds(600))).build());

        assertEquals(new Caller("customer1", Role.CUSTOMER, null, 3L), verifier.verify(token).orElseThrow());
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        String forged = new JwtSigner(otherKeys.getPrivate()).sign(claims("agora", NOW.plusSeconds(600)).build());

        assertTrue(verifier.verify(forged).isEmpty());
    }

    @Test
    void aTokenWhosePayloadWasChangedAfterSigningIsRefused() {
        String[] parts = signer.sign(claims("agora", NOW.plusSeconds(600)).build()).split("\\.");
        String admin = claims("agora", NOW.plusSeconds(600)).claim("groups", List.of("admin")).build().toString();
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(admin.getBytes())
                + "." + parts[2];

        assertTrue(verifier.verify(tampered).isEmpty());
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        assertTrue(verifier.verify(signer.sign(claims("someone-else", NOW.plusSeconds(600)).build())).isEmpty());
        assertTrue(verifier.verify(signer.sign(new JWTClaimsSet.Builder().claim("upn", "merchant1")
                .claim("groups", List.of("merchant")).expirationTime(Date.from(NOW.plusSeconds(600))).build()))
                .isEmpty());
    }

    @Test
    void anExpiredTokenIsRefusedOnceTheClockSkewLeewayIsOver() {
        assertTrue(verifier.verify(signer.sign(claims("agora", NOW.minusSeconds(30)).build())).isPresent());
        assertTrue(verifier.verify(signer.sign(claims("agora", NOW.minusSeconds(90)).build())).isEmpty());
        assertTrue(verifier.verify(signer.sign(new JWTClaimsSet.Builder().issuer("agora").claim("upn", "merchant1")
                .claim("groups", List.of("merchant")).build())).isEmpty());
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String unsigned = new PlainJWT(claims("agora", NOW.plusSeconds(600)).build()).serialize();

        assertTrue(verifier.verify(unsigned).isEmpty());
    }

    @Test
    void aTokenSignedWithAnHmacOverThePublicKeyIsRefused() throws Exception {
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims("agora", NOW.plusSeconds(600)).build());
        hmac.sign(new MACSigner(keys.getPublic().getEncoded()));

        assertTrue(verifier.verify(hmac.serialize()).isEmpty());
    }

    @Test
    void garbledTokensAndTokensWithoutAKnownRoleAreRefused() {
        assertTrue(verifier.verify("a.b.c").isEmpty());
        assertTrue(verifier.verify("").isEmpty());
        assertTrue(verifier.verify(signer.sign(claims("agora", NOW.plusSeconds(600))
                .claim("groups", List.of()).build())).isEmpty());
        assertTrue(verifier.verify(signer.sign(claims("agora", NOW.plusSeconds(600))
                .claim("groups", List.of("superuser")).build())).isEmpty());
    }

    @Test
    void aTokenThatPassedBeforeIsRefusedOnceItExpiresAndATamperedCopyOfItNever() {
        MovingClock clock = new MovingClock(NOW);
        JwtVerifier remembering = new JwtVerifier((RSAPublicKey) keys.getPublic(), "agora", clock);
        String token = signer.sign(claims("agora", NOW.plusSeconds(600)).build());
        String[] parts = token.split("\\.");
        String admin = claims("agora", NOW.plusSeconds(600)).claim("groups", List.of("admin")).build().toString();
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(admin.getBytes())
                + "." + parts[2];

        assertTrue(remembering.verify(token).isPresent());
        assertTrue(remembering.verify(tampered).isEmpty());
        clock.now = NOW.plusSeconds(600 + 59);
        assertTrue(remembering.verify(token).isPresent(), "within the clock skew leeway");
        clock.now = NOW.plusSeconds(600 + 61);
        assertTrue(remembering.verify(token).isEmpty(), "expired, though it passed before");
    }

    /** A clock a test moves on. */
    private static final class MovingClock extends Clock {
        Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private static JWTClaimsSet.Builder claims(String issuer, Instant expiry) {
        return new JWTClaimsSet.Builder().issuer(issuer).claim("upn", "merchant1")
                .claim("groups", List.of("merchant")).expirationTime(Date.from(expiry));
    }
}
