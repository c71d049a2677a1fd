package com.agora.security.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;

/** Signs JWT claims with RS256, the algorithm MicroProfile JWT verifies by default. */
public final class JwtSigner {

    private static final JWSHeader HEADER = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build();

    private final RSASSASigner signer;

    public JwtSigner(PrivateKey key) {
        this.signer = new RSASSASigner(key);
    }

    /** Reads a PKCS#8 PEM private key ("BEGIN PRIVATE KEY"). */
    public static JwtSigner fromPem(String pem) {
        try {
            return new JwtSigner(KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Pem.decode(pem))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the JWT signing key is not a PKCS#8 RSA private key", e);
        }
    }

    public String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(HEADER, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
        return jwt.serialize();
    }
}
