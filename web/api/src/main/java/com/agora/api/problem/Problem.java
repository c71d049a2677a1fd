package com.agora.api.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem document, the body of every error this API returns. */
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldViolation> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public record FieldViolation(String field, String message) {
    }

    public static Response response(Response.StatusType status, String title, String detail,
            List<FieldViolation> errors) {
        Problem problem = new Problem("about:blank", title, status.getStatusCode(), detail, null,
                errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status.getStatusCode()).type(MEDIA_TYPE).entity(problem).build();
    }
}
