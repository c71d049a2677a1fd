package com.agora.security.boundary;

import com.agora.kernel.security.Caller;
import com.agora.security.control.JwtSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues the signed JWTs integrators send as bearer tokens. The private key stays on the server (its location
 * comes from configuration); the API verifies tokens against the matching public key, from the MicroProfile JWT
 * settings.
 */
@Singleton
@Lock(LockType.READ)
public class TokenIssuer {

    public record IssuedToken(String accessToken, long expiresIn, Caller caller) {
    }

    @EJB
    CallerDirectory callers;

    @Inject
    @ConfigProperty(name = "agora.jwt.signing-key.location")
    Optional<String> signingKeyLocation;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "agora")
    String issuer;

    @Inject
    @ConfigProperty(name = "agora.jwt.lifetime-seconds", defaultValue = "3600")
    long lifetimeSeconds;

    private JwtSigner signer;

    @PostConstruct
    void loadKey() {
        String location = signingKeyLocation.orElseThrow(() -> new IllegalStateException(
                "agora.jwt.signing-key.location is not configured; run the domain setup in server-config/"));
        try {
            signer = JwtSigner.fromPem(Files.readString(Path.of(location.replaceFirst("^file:", ""))));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the JWT signing key at " + location, e);
        }
    }

    public Optional<IssuedToken> issue(String username, char[] password) {
        return callers.authenticate(username, password).map(this::tokenFor);
    }

    private IssuedToken tokenFor(Caller caller) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .jwtID(UUID.randomUUID().toString())
                .subject(caller.username())
                .claim("upn", caller.username())
                .claim("groups", List.of(caller.role().name().toLowerCase(Locale.ROOT)))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(lifetimeSeconds)));
        if (caller.merchantId() != null) {
            claims.claim("merchant_id", caller.merchantId());
        }
        if (caller.customerId() != null) {
            claims.claim("customer_id", caller.customerId());
        }
        return new IssuedToken(signer.sign(claims.build()), lifetimeSeconds, caller);
    }
}
