package com.agora.api.security;

import com.agora.kernel.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The caller of this request, as the bearer token filter verified it; no database round trip. */
@RequestScoped
public class CurrentCaller {

    @Inject
    HttpServletRequest request;

    /**
     * The caller, or null without a verified token: {@link RoleCheck} refuses such a request with 401 before a
     * resource method runs, and only {@code @PermitAll} methods, which never read the caller, are reached without
     * one. Resources are application-scoped (one instance, not one built per request) and ask for it per call.
     */
    public Caller get() {
        return (Caller) request.getAttribute(BearerTokenFilter.CALLER_ATTRIBUTE);
    }
}
