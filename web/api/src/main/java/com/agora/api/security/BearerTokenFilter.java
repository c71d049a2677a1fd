package com.agora.api.security;

import com.agora.api.problem.Problem;
import com.agora.kernel.security.Caller;
import com.agora.security.control.JwtVerifier;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Authenticates API calls from their bearer token and hands the verified caller to the container, so
 * {@code @RolesAllowed} and the boundaries see who is calling. It reads the MicroProfile JWT settings
 * ({@code mp.jwt.verify.publickey.location}, {@code mp.jwt.verify.issuer}). Payara 6's own MP-JWT mechanism does not
 * activate for a web module inside an EAR (it finds no CDI bean manager for the module and falls back to the
 * default realm), which is why the verification happens here.
 */
@WebFilter(urlPatterns = "/*")
public class BearerTokenFilter extends HttpFilter {

    public static final String CALLER_ATTRIBUTE = "agora.caller";
    private static final String BEARER = "Bearer ";

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> publicKeyLocation;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "agora")
    String issuer;

    private volatile JwtVerifier verifier;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Caller> caller = verifier().verify(authorization.substring(BEARER.length()).trim());
        if (caller.isEmpty()) {
            refuse(response);
            return;
        }
        request.setAttribute(CALLER_ATTRIBUTE, caller.get());
        chain.doFilter(new AuthenticatedRequest(request, caller.get()), response);
    }

    private JwtVerifier verifier() {
        if (verifier == null) {
            String location = publicKeyLocation.orElseThrow(() -> new IllegalStateException(
                    "mp.jwt.verify.publickey.location is not configured; run the domain setup in server-config/"));
            try {
                Path pem = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
                verifier = new JwtVerifier(JwtVerifier.publicKeyFromPem(Files.readString(pem)), issuer,
                        Clock.systemUTC());
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the JWT public key at " + location, e);
            }
        }
        return verifier;
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        response.setContentType(Problem.MEDIA_TYPE.toString());
        try (Jsonb jsonb = JsonbBuilder.create()) {
            response.getWriter().write(jsonb.toJson(new Problem("about:blank", "Unauthorized", 401,
                    "The bearer token is invalid or expired; get a new one from POST /api/v1/auth/token", null, null)));
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** The request as the container's role checks see it once the token is verified. */
    static final class AuthenticatedRequest extends HttpServletRequestWrapper {

        private final Caller caller;
        private final Principal principal;

        AuthenticatedRequest(HttpServletRequest request, Caller caller) {
            super(request);
            this.caller = caller;
            this.principal = caller::username;
        }

        @Override
        public Principal getUserPrincipal() {
            return principal;
        }

        @Override
        public String getRemoteUser() {
            return caller.username();
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.role().name().equalsIgnoreCase(role);
        }

        @Override
        public String getAuthType() {
            return "BEARER";
        }
    }
}
