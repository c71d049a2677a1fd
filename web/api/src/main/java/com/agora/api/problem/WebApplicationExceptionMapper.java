package com.agora.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Unknown paths, wrong methods, unreadable JSON and the like, as problems instead of HTML pages. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        Response.StatusType status = original.getStatusInfo();
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
