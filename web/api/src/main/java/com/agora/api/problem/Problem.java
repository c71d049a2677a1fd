package com.agora.api.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** An RFC 9457 problem document, the body of every error this API returns. */
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldViolation> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    /** JSON-B as configured by default, like the JAX-RS provider: answers from outside JAX-RS look the same. */
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
        // Bytes rather than the writer, whose default charset would be ISO-8859-1: JSON is UTF-8 without saying so.
        response.getOutputStream().write(JSON.toJson(this).getBytes(StandardCharsets.UTF_8));
    }
}
