package com.agora.api.security;

import com.agora.api.problem.Problem;
import com.agora.security.boundary.LoginGuard;
import com.agora.security.boundary.TokenIssuer;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("auth")
@PermitAll
@Tag(name = "Authentication")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    /** Checked by hand: Payara's OpenAPI scanner breaks on constraints of record components in resources. */
    public record Credentials(String username, String password) {
    }

    public record TokenResponse(String accessToken, String tokenType, long expiresIn, String role) {
    }

    @EJB
    TokenIssuer issuer;

    @EJB
    LoginGuard guard;

    @POST
    @Path("token")
    @SecurityRequirements
    @Operation(summary = "Exchange a username and password for a signed bearer token",
            description = "Failed attempts are counted per account and per client address: each answer after a "
                    + "failure takes a little longer, and too many failures lock the account or the address for a "
                    + "while (429 with Retry-After, whatever the password). An admin can lift a lock early.")
    @APIResponse(responseCode = "429", description = "the account or the client address is locked after failed attempts",
            headers = @Header(name = "Retry-After", description = "seconds until the lock ends",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER)),
            content = @Content(schema = @Schema(ref = "Problem")))
    public Response token(Credentials credentials, @Context HttpServletRequest request) throws InterruptedException {
        if (credentials == null || credentials.username() == null || credentials.username().isBlank()
                || credentials.password() == null) {
            return Problem.response(Response.Status.BAD_REQUEST, "Invalid request", "username and password are required",
                    List.of(new Problem.FieldViolation("username", "must not be blank"),
                            new Problem.FieldViolation("password", "must not be null")));
        }
        String address = request.getRemoteAddr();
        Optional<Duration> locked = guard.lockedFor(credentials.username(), address, LoginGuard.Channel.API);
        if (locked.isPresent()) {
            return tooManyAttempts(locked.get());
        }
        Optional<TokenIssuer.IssuedToken> token = issuer.issue(credentials.username(),
                credentials.password().toCharArray());
        if (token.isPresent()) {
            guard.succeeded(credentials.username(), address, LoginGuard.Channel.API);
            TokenIssuer.IssuedToken t = token.get();
            return Response.ok(new TokenResponse(t.accessToken(), "Bearer", t.expiresIn(),
                    t.caller().role().name().toLowerCase())).build();
        }
        // Held back outside any transaction: the guard has already counted the failure.
        Thread.sleep(guard.failed(credentials.username(), address, LoginGuard.Channel.API).toMillis());
        return Problem.response(Response.Status.UNAUTHORIZED, "Invalid credentials",
                "the username or the password is wrong", null);
    }

    static Response tooManyAttempts(Duration lockedFor) {
        long seconds = Math.max(1, (lockedFor.toMillis() + 999) / 1000);
        return Response.fromResponse(Problem.response(Response.Status.TOO_MANY_REQUESTS, "Too many attempts",
                        "Too many failed sign-ins for this account or from this address; try again in " + seconds
                                + " s or ask an admin to lift the lock", null))
                .header("Retry-After", seconds).build();
    }
}
