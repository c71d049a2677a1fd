package com.agora.api.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;

/** An RFC 9457 problem document, the body of every error this API returns. */
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldViolation> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    /** The same writer JAX-RS uses, so answers given outside JAX-RS look exactly like the others. */
    private static final Jsonb JSON = JsonbBuilder.create();

    public record FieldViolation(String field, String message) {
    }

    public static Response response(Response.StatusType status, String title, String detail,
            List<FieldViolation> errors) {
        return new Problem("about:blank", title, status.getStatusCode(), detail, null,
                errors == null || errors.isEmpty() ? null : errors).toResponse();
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    /** For the answers given before or beside JAX-RS: servlet filters and the error page. */
    public void writeTo(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE.toString());
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.toJson(this));
    }
}
