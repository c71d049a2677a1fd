package com.agora.api.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call a resource method (on the method, or on the class for all its methods). Our own
 * annotation rather than {@code @RolesAllowed}: Payara binds its MP-JWT role filter to that one, and the filter
 * insists on its own authentication, which does not work for a web module inside an EAR.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AllowedRoles {
    String[] value();
}
