package com.agora.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JwtSignerTest {

    private static KeyPair keys;
    private static KeyPair otherKeys;

    @BeforeAll
    static void generateKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        otherKeys = generator.generateKeyPair();
    }

    @Test
    void aKeyReadFromPemSignsRs256TokensThatItsPublicKeyVerifies() throws Exception {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";

        String token = JwtSigner.fromPem(pem).sign(new JWTClaimsSet.Builder().subject("integrator").build());

        SignedJWT jwt = SignedJWT.parse(token);
        assertEquals(JWSAlgorithm.RS256, jwt.getHeader().getAlgorithm());
        assertEquals(JOSEObjectType.JWT, jwt.getHeader().getType());
        assertTrue(jwt.verify(new RSASSAVerifier((RSAPublicKey) keys.getPublic())));
        assertFalse(jwt.verify(new RSASSAVerifier((RSAPublicKey) otherKeys.getPublic())));
        assertEquals("integrator", jwt.getJWTClaimsSet().getSubject());
    }

    @Test
    void aKeyThatIsNotPkcs8IsRefusedWithTheReason() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> JwtSigner.fromPem("-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n"));
        assertTrue(refused.getMessage().contains("PKCS#8"));
    }
}
