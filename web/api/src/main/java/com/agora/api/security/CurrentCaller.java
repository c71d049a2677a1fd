package com.agora.api.security;

import com.agora.kernel.security.Caller;
import com.agora.security.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.Locale;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of this request, read from the verified token's claims; no database round trip. */
@RequestScoped
public class CurrentCaller {

    @Inject
    JsonWebToken token;

    /** Dependent, because a record cannot be proxied; every resource instance lives for one request anyway. */
    @Produces
    Caller caller() {
        if (token == null || token.getName() == null || token.getGroups().isEmpty()) {
            throw new NotAuthorizedException("Bearer");
        }
        Role role = Role.valueOf(token.getGroups().iterator().next().toUpperCase(Locale.ROOT));
        return new Caller(token.getName(), role, idClaim("merchant_id"), idClaim("customer_id"));
    }

    private Long idClaim(String name) {
        Object value = token.getClaim(name);
        if (value instanceof JsonNumber number) {
            return number.longValue();
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        return value == null ? null : Long.valueOf(value.toString());
    }
}
