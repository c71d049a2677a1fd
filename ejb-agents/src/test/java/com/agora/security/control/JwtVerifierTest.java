package com.agora.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.kernel.security.Caller;
import com.agora.security.entity.Role;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
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

    private final JwtVerifier verifier = new JwtVerifier(keys.getPublic(), "agora", Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aValidTokenNamesTheCallerWithRoleAndMerchant() {
        String token = new JwtSigner(keys.getPrivate()).sign(claims("agora", NOW.plusSeconds(600)).add("merchant_id", 7).build());

        Caller caller = verifier.verify(token).orElseThrow();

        assertEquals(new Caller("merchant1", Role.MERCHANT, 7L, null), caller);
    }

    @Test
    void forgedForeignExpiredAndGarbledTokensAreRefused() {
        JwtSigner signer = new JwtSigner(keys.getPrivate());
        assertTrue(verifier.verify(new JwtSigner(otherKeys.getPrivate())
                .sign(claims("agora", NOW.plusSeconds(600)).build())).isEmpty());
        assertTrue(verifier.verify(signer.sign(claims("someone-else", NOW.plusSeconds(600)).build())).isEmpty());
        assertTrue(verifier.verify(signer.sign(claims("agora", NOW.minusSeconds(3600)).build())).isEmpty());
        assertTrue(verifier.verify("a.b.c").isEmpty());
        String valid = signer.sign(claims("agora", NOW.plusSeconds(600)).build());
        String[] parts = valid.split("\\.");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims("agora", NOW.plusSeconds(600)).add("groups", Json.createArrayBuilder().add("admin")).build()
                        .toString().getBytes()) + "." + parts[2];
        assertTrue(verifier.verify(tampered).isEmpty());
    }

    private static JsonObjectBuilder claims(String issuer, Instant expiry) {
        return Json.createObjectBuilder().add("iss", issuer).add("upn", "merchant1")
                .add("groups", Json.createArrayBuilder().add("merchant")).add("exp", expiry.getEpochSecond());
    }
}
