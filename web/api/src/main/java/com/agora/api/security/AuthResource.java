package com.agora.api.security;

import com.agora.api.problem.Problem;
import com.agora.security.boundary.TokenIssuer;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("auth")
@PermitAll
@Tag(name = "Authentication")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    public record Credentials(@NotBlank String username, @NotNull String password) {
    }

    public record TokenResponse(String accessToken, String tokenType, long expiresIn, String role) {
    }

    @Inject
    TokenIssuer issuer;

    @POST
    @Path("token")
    @SecurityRequirements
    @Operation(summary = "Exchange a username and password for a signed bearer token")
    public Response token(@Valid @NotNull Credentials credentials) {
        return issuer.issue(credentials.username(), credentials.password().toCharArray())
                .map(t -> Response.ok(new TokenResponse(t.accessToken(), "Bearer", t.expiresIn(),
                        t.caller().role().name().toLowerCase())).build())
                .orElseGet(() -> Problem.response(Response.Status.UNAUTHORIZED, "Invalid credentials",
                        "the username or the password is wrong", null));
    }
}
