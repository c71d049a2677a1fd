package com.agora.api.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/** Bean Validation failures become a 400 problem that names each offending field in the client's terms. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<Problem.FieldViolation> errors = exception.getConstraintViolations().stream()
                .map(v -> new Problem.FieldViolation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldViolation::field))
                .toList();
        return Problem.response(Response.Status.BAD_REQUEST, "Invalid request",
                "The request has " + errors.size() + " invalid field(s)", errors);
    }

    /** Drops the Java method and parameter names ("place.request.items[0].quantity" becomes "items[0].quantity"). */
    static String field(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, PARAMETER, RETURN_VALUE, CROSS_PARAMETER -> {
                    continue;
                }
                default -> {
                }
            }
            // Bean Validation puts a list position on the element inside the list, not on the list itself.
            if (node.isInIterable() && field.length() > 0) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() == null || node.getName().startsWith("<")) {
                continue;
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}
