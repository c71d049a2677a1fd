package com.agora.api.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Enforces {@link AllowedRoles} on every resource method (the method's annotation wins over the class's). Only
 * {@code @PermitAll} opens a method; one without either is refused, so nothing is open by accident.
 */
@Provider
public class RoleCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (method.isAnnotationPresent(PermitAll.class) || (!method.isAnnotationPresent(AllowedRoles.class)
                && resource.getResourceClass().isAnnotationPresent(PermitAll.class))) {
            return;
        }
        AllowedRoles allowed = method.isAnnotationPresent(AllowedRoles.class)
                ? method.getAnnotation(AllowedRoles.class)
                : resource.getResourceClass().getAnnotation(AllowedRoles.class);
        context.register(new Check(allowed == null ? List.of() : List.of(allowed.value())));
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Check implements ContainerRequestFilter {

        private final List<String> roles;

        Check(List<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            var security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                throw new NotAuthorizedException("Bearer");
            }
            if (roles.stream().noneMatch(security::isUserInRole)) {
                throw new ForbiddenException("Your role may not do this");
            }
        }
    }
}
