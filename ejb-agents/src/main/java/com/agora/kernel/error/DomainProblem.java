package com.agora.kernel.error;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A request the business refuses, with what the client needs to fix it. It rolls the transaction back, so a
 * refused request never leaves half-written data; the API turns it into an RFC 9457 problem.
 */
@ApplicationException(rollback = true)
public class DomainProblem extends RuntimeException {

    public enum Kind {
        INVALID(400, "Invalid request"),
        FORBIDDEN(403, "Forbidden"),
        NOT_FOUND(404, "Not found"),
        CONFLICT(409, "Conflict"),
        UNPROCESSABLE(422, "Business rule violated");

        private final int status;
        private final String title;

        Kind(int status, String title) {
            this.status = status;
            this.title = title;
        }

        public int status() {
            return status;
        }

        public String title() {
            return title;
        }
    }

    public record FieldError(String field, String message) {
    }

    private final Kind kind;
    private final List<FieldError> fieldErrors;

    public DomainProblem(Kind kind, String detail, List<FieldError> fieldErrors) {
        super(detail);
        this.kind = kind;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static DomainProblem notFound(String what, Object id) {
        return new DomainProblem(Kind.NOT_FOUND, what + " " + id + " does not exist", List.of());
    }

    public static DomainProblem conflict(String detail) {
        return new DomainProblem(Kind.CONFLICT, detail, List.of());
    }

    public static DomainProblem unprocessable(String detail) {
        return new DomainProblem(Kind.UNPROCESSABLE, detail, List.of());
    }

    public static DomainProblem forbidden(String detail) {
        return new DomainProblem(Kind.FORBIDDEN, detail, List.of());
    }

    public static DomainProblem invalid(String field, String message) {
        return new DomainProblem(Kind.INVALID, field + ": " + message, List.of(new FieldError(field, message)));
    }

    public static DomainProblem invalid(List<FieldError> errors) {
        return new DomainProblem(Kind.INVALID, "The request has " + errors.size() + " invalid field(s)", errors);
    }

    public Kind kind() {
        return kind;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
