package com.agora.console.security;

import com.agora.security.boundary.CallerDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import com.agora.kernel.text.Text;
import com.agora.security.boundary.LoginGuard;
import java.time.Duration;
import java.util.Optional;

/**
 * The login form: hands the credentials to the container's authentication mechanism and reports the outcome. The
 * same brute-force protection as the API's token endpoint guards it ({@link LoginGuard}): a growing delay after
 * each failure, then 429 with Retry-After while the account or the address is locked, whatever the password.
 */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext security;

    @Inject
    LoginGuard guard;

    @Inject
    CallerDirectory callers;

    @NotBlank(message = "Enter your user name")
    private String username;

    @NotBlank(message = "Enter your password")
    private String password;

    public String logIn() throws ServletException, InterruptedException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        // The identity store would pass a NUL on to PostgreSQL, which fails the whole request; no account has one.
        if (Text.problem(username, false) != null) {
            refuse(faces);
            return null;
        }
        String address = request.getRemoteAddr();
        Optional<Duration> locked = guard.lockedFor(username, address, LoginGuard.Channel.CONSOLE);
        if (locked.isPresent()) {
            long seconds = Math.max(1, (locked.get().toMillis() + 999) / 1000);
            password = null;
            external.setResponseStatus(429);
            external.setResponseHeader("Retry-After", String.valueOf(seconds));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Too many failed sign-ins.", "Try again in " + (seconds + 59) / 60
                            + " minute(s), or ask an administrator to lift the lock."));
            return null;
        }
        if (request.getUserPrincipal() != null) {
            // The session would keep applying the earlier login and ignore these credentials.
            request.logout();
            external.invalidateSession();
        } else if (request.getSession(false) != null) {
            // A new id for the session that carries the login, so an id planted beforehand is worth nothing.
            request.changeSessionId();
        }
        // Not a "new authentication": Soteria then leaves a marker in the session after a failed attempt, and the
        // next protected page answers empty instead of showing this login page.
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password))));
        switch (status) {
            case SEND_CONTINUE:
                // The mechanism already redirects to the page that asked for the login.
                if (security.getCallerPrincipal() != null) {
                    guard.succeeded(username, address, LoginGuard.Channel.CONSOLE);
                }
                faces.responseComplete();
                return null;
            case SUCCESS:
                guard.succeeded(username, address, LoginGuard.Channel.CONSOLE);
                return "/index.xhtml?faces-redirect=true";
            default:
                // The right password of an account without the console is no guess: it is not counted as one.
                boolean withoutConsole = callers.authenticate(username, password.toCharArray())
                        .filter(caller -> !caller.isAdmin() && !caller.isMerchant()).isPresent();
                if (withoutConsole) {
                    password = null;
                    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                            "This console is for staff and merchants.", "Your account is right, but it is a customer"
                                    + " or API account. Customers follow their orders through the links in their order"
                                    + " e-mails; integrators use the API."));
                    return null;
                }
                Thread.sleep(guard.failed(username, address, LoginGuard.Channel.CONSOLE).toMillis());
                refuse(faces);
                return null;
        }
    }

    private void refuse(FacesContext faces) {
        password = null;
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                "Unknown user name or wrong password.",
                "The console is open to administrator and merchant accounts only."));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
