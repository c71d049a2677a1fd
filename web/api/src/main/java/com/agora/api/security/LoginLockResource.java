package com.agora.api.security;

import com.agora.api.Roles;
import com.agora.kernel.error.DomainProblem;
import com.agora.security.boundary.LoginGuard.LoginLock;
import com.agora.security.boundary.LoginGuard.SubjectKind;
import com.agora.security.boundary.LoginGuard;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The sign-in locks in force, and lifting one early: for admins helping a locked-out user. */
@ApplicationScoped
@Path("auth/locks")
@AllowedRoles(Roles.ADMIN)
@Tag(name = "Authentication")
@Produces(MediaType.APPLICATION_JSON)
public class LoginLockResource {

    @EJB
    LoginGuard guard;

    @GET
    @Operation(summary = "Accounts and client addresses locked after failed sign-ins, latest lock first")
    public List<LoginLock> list() {
        return guard.locks();
    }

    @DELETE
    @Path("{kind}/{subject}")
    @Operation(summary = "Lift the lock of an account or a client address and forget its failed attempts",
            description = "kind is account or address; the attempts stay in the audit trail")
    @APIResponse(responseCode = "204", description = "the lock, if any, is lifted and the failures forgotten")
    @APIResponse(responseCode = "404", description = "no failed attempts are counted against it",
            content = @Content(schema = @Schema(ref = "Problem")))
    public Response lift(@PathParam("kind") String kind, @PathParam("subject") String subject) {
        SubjectKind subjectKind = switch (kind) {
            case "account" -> SubjectKind.ACCOUNT;
            case "address" -> SubjectKind.ADDRESS;
            default -> throw DomainProblem.invalid("kind", "must be account or address");
        };
        if (!guard.lift(subjectKind, subject)) {
            throw DomainProblem.notFound("No failed sign-ins counted for " + kind.toLowerCase(Locale.ROOT), subject);
        }
        return Response.noContent().build();
    }
}
