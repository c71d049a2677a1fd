package com.agora.security.boundary;

import com.agora.kernel.security.Caller;
import com.agora.security.control.JwtSigner;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.inject.Inject;
import com.agora.kernel.json.JsonSupport;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues the signed JWTs integrators send as bearer tokens. The private key stays on the server (its location
 * comes from configuration); the API verifies tokens with MicroProfile JWT against the matching public key.
 */
@Singleton
@Lock(LockType.READ)
public class TokenIssuer {

    public record IssuedToken(String accessToken, long expiresIn, Caller caller) {
    }

    @Inject
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
        JsonObjectBuilder claims = JsonSupport.object()
                .add("iss", issuer)
                .add("jti", UUID.randomUUID().toString())
                .add("sub", caller.username())
                .add("upn", caller.username())
                .add("groups", JsonSupport.array().add(caller.role().name().toLowerCase()))
                .add("iat", now.getEpochSecond())
                .add("exp", now.plusSeconds(lifetimeSeconds).getEpochSecond());
        if (caller.merchantId() != null) {
            claims.add("merchant_id", caller.merchantId());
        }
        if (caller.customerId() != null) {
            claims.add("customer_id", caller.customerId());
        }
        return new IssuedToken(signer.sign(claims.build()), lifetimeSeconds, caller);
    }
}
