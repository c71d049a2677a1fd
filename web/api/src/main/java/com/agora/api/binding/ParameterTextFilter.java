package com.agora.api.binding;

import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.text.Text;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Applies the {@link Text} rule to every query parameter and path segment, decoded, before a resource sees them:
 * a {@code %00} in a filter would otherwise travel to PostgreSQL and come back as a 500. Line breaks have no place
 * in a URL, so they are refused here too.
 */
@Provider
@PreMatching
public class ParameterTextFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters(true).entrySet()) {
            refuseBadText(parameter.getKey(), parameter.getKey());
            for (String value : parameter.getValue()) {
                refuseBadText(parameter.getKey(), value);
            }
        }
        for (PathSegment segment : request.getUriInfo().getPathSegments(true)) {
            refuseBadText("path", segment.getPath());
        }
    }

    private static void refuseBadText(String field, String value) {
        String problem = Text.problem(value, false);
        if (problem != null) {
            throw DomainProblem.invalid(Text.problem(field, false) == null ? field : "query", problem);
        }
    }
}
