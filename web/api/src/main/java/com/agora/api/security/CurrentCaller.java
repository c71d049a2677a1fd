package com.agora.api.security;

import com.agora.kernel.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The caller of this request, as the bearer token filter verified it; no database round trip. */
@RequestScoped
public class CurrentCaller {

    @Inject
    HttpServletRequest request;

    /**
     * Dependent, because a record cannot be proxied; every resource instance lives for one request anyway. Null
     * without a verified token: JAX-RS creates the resource, and injects this, before {@link RoleCheck} refuses the
     * request with 401. Throwing here instead made every anonymous request log a container stack trace, and only
     * {@code @PermitAll} methods, which never read the caller, are ever reached without one.
     */
    @Produces
    Caller caller() {
        return (Caller) request.getAttribute(BearerTokenFilter.CALLER_ATTRIBUTE);
    }
}
