package com.agora.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The integrator API, version 1: JSON over HTTP, bearer JWTs from {@code POST /api/v1/auth/token}. */
@ApplicationPath("v1")
@DeclareRoles({Roles.ADMIN, Roles.MERCHANT, Roles.CUSTOMER, Roles.INTEGRATOR})
@OpenAPIDefinition(
        info = @Info(title = "Agora integrator API", version = "1",
                description = "Catalog, stock, orders and platform state of the Agora commerce platform. "
                        + "Errors are RFC 9457 problem documents (application/problem+json). Request bodies are "
                        + "read strictly: an integer field takes only a whole number in its range, a boolean only "
                        + "true or false, text no control characters (tabs and line breaks aside) or lone "
                        + "surrogates; a field the schema does not list, or a key sent twice in one object, is "
                        + "refused; each offending field is named in the problem's errors. Query and path "
                        + "parameters take no control characters. "
                        + "A body larger than 1 MiB is refused with 413."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT")
public class AgoraApi extends Application {
}
