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

/** The login form: hands the credentials to the container's authentication mechanism and reports the outcome. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext security;

    @Inject
    CallerDirectory callers;

    @NotBlank(message = "Enter your user name")
    private String username;

    @NotBlank(message = "Enter your password")
    private String password;

    public String logIn() throws ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
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
                faces.responseComplete();
                return null;
            case SUCCESS:
                return "/index.xhtml?faces-redirect=true";
            default:
                boolean withoutConsole = callers.authenticate(username, password.toCharArray())
                        .filter(caller -> !caller.isAdmin() && !caller.isMerchant()).isPresent();
                password = null;
                faces.addMessage(null, withoutConsole
                        ? new FacesMessage(FacesMessage.SEVERITY_WARN, "This console is for staff and merchants.",
                                "Your account is right, but it is a customer or API account. Customers follow their"
                                        + " orders through the links in their order e-mails; integrators use the API.")
                        : new FacesMessage(FacesMessage.SEVERITY_ERROR, "Unknown user name or wrong password.",
                                "The console is open to administrator and merchant accounts only."));
                return null;
        }
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
