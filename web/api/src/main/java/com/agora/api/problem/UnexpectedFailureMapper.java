package com.agora.api.problem;

import com.agora.kernel.error.DomainProblem;
import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import jakarta.ws.rs.core.Context;

/**
 * The last line: finds a known failure inside container wrappers, and otherwise answers 500 with an incident id
 * that is also in the server log. A stack trace never reaches the client.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    @Context
    Providers providers;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response toResponse(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (cause instanceof DomainProblem || cause instanceof ConstraintViolationException
                    || cause instanceof WebApplicationException) {
                ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
                if (mapper != null && mapper != this) {
                    return mapper.toResponse(cause);
                }
            }
            if (cause instanceof JsonbException) {
                return Problem.response(Response.Status.BAD_REQUEST, "Invalid request",
                        "The request body is not valid JSON of the documented shape", null);
            }
            if (cause instanceof OptimisticLockException) {
                return Problem.response(Response.Status.CONFLICT, "Conflict",
                        "The resource was changed concurrently; read it again and retry", null);
            }
            if (cause instanceof EJBAccessException) {
                return Problem.response(Response.Status.FORBIDDEN, "Forbidden", "Your role may not do this", null);
            }
        }
        return Incidents.report(failure).toResponse();
    }
}
