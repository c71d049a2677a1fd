package com.agora.api.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on every resource method (the method's
 * annotation wins over the class's). A resource without any of them is refused: nothing is open by accident.
 */
@Provider
public class RoleCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        List<String> roles = requiredRoles(method).orElseGet(() -> requiredRoles(resource.getResourceClass())
                .orElse(List.of()));
        if (method.isAnnotationPresent(PermitAll.class)
                || (!method.isAnnotationPresent(RolesAllowed.class) && !method.isAnnotationPresent(DenyAll.class)
                    && resource.getResourceClass().isAnnotationPresent(PermitAll.class))) {
            return;
        }
        context.register(new Check(roles));
    }

    private static java.util.Optional<List<String>> requiredRoles(AnnotatedElement element) {
        if (element.isAnnotationPresent(DenyAll.class)) {
            return java.util.Optional.of(List.of());
        }
        RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
        return allowed == null ? java.util.Optional.empty() : java.util.Optional.of(Arrays.asList(allowed.value()));
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
