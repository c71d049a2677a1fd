package com.agora.api.security;

import com.agora.kernel.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;

/** The caller of this request, as the bearer token filter verified it; no database round trip. */
@RequestScoped
public class CurrentCaller {

    @Inject
    HttpServletRequest request;

    /** Dependent, because a record cannot be proxied; every resource instance lives for one request anyway. */
    @Produces
    Caller caller() {
        Object caller = request.getAttribute(BearerTokenFilter.CALLER_ATTRIBUTE);
        if (caller == null) {
            throw new NotAuthorizedException("Bearer");
        }
        return (Caller) caller;
    }
}
