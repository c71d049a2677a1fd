package com.agora.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Unknown paths, wrong methods, unreadable parameters and the like, as problems instead of HTML pages. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        Response.StatusType status = original.getStatusInfo();
        // JAX-RS answers 404 when a query or path parameter cannot be converted (page=2.5, id=abc), as if the
        // resource did not exist; the conversion failure is its cause. The client sent bad input: 400.
        if (status.getStatusCode() == 404 && exception.getCause() != null) {
            return Problem.response(Response.Status.BAD_REQUEST, "Invalid request",
                    "A path or query parameter does not have the documented type (e.g. a whole number in range)",
                    null);
        }
        String detail = status.getStatusCode() == 400
                ? "The request body or a parameter could not be read; send well-formed JSON of the documented shape"
                : exception.getMessage();
        Response problem = Problem.response(status, status.getReasonPhrase(), detail, null);
        if (status.getStatusCode() == 401) {
            return Response.fromResponse(problem).header("WWW-Authenticate", "Bearer").build();
        }
        return problem;
    }
}
