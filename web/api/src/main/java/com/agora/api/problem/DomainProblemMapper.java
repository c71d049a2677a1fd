package com.agora.api.problem;

import com.agora.kernel.error.DomainProblem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class DomainProblemMapper implements ExceptionMapper<DomainProblem> {

    @Override
    public Response toResponse(DomainProblem problem) {
        Response.StatusType status = Response.Status.fromStatusCode(problem.kind().status());
        if (status == null) {
            status = new CustomStatus(problem.kind().status(), problem.kind().title());
        }
        return Problem.response(status, problem.kind().title(), problem.getMessage(),
                problem.fieldErrors().stream().map(e -> new Problem.FieldViolation(e.field(), e.message())).toList());
    }

    /** 422 is not among JAX-RS's predefined statuses. */
    record CustomStatus(int code, String reason) implements Response.StatusType {

        @Override
        public int getStatusCode() {
            return code;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.familyOf(code);
        }

        @Override
        public String getReasonPhrase() {
            return reason;
        }
    }
}
