package com.agora.api.security;

import com.agora.api.problem.Problem;
import com.agora.security.boundary.TokenIssuer;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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

    @Inject
    TokenIssuer issuer;

    @POST
    @Path("token")
    @SecurityRequirements
    @Operation(summary = "Exchange a username and password for a signed bearer token")
    public Response token(Credentials credentials) {
        if (credentials == null || credentials.username() == null || credentials.username().isBlank()
                || credentials.password() == null) {
            return Problem.response(Response.Status.BAD_REQUEST, "Invalid request", "username and password are required",
                    List.of(new Problem.FieldViolation("username", "must not be blank"),
                            new Problem.FieldViolation("password", "must not be null")));
        }
        return issuer.issue(credentials.username(), credentials.password().toCharArray())
                .map(t -> Response.ok(new TokenResponse(t.accessToken(), "Bearer", t.expiresIn(),
                        t.caller().role().name().toLowerCase())).build())
                .orElseGet(() -> Problem.response(Response.Status.UNAUTHORIZED, "Invalid credentials",
                        "the username or the password is wrong", null));
    }
}
