package com.agora.console.security;

import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.security.Caller;
import com.agora.security.boundary.CallerDirectory;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.security.Principal;

/**
 * The person signed in to this session, as the boundaries need them: a {@link Caller} whose role and merchant scope
 * every business call receives, so a merchant's pages only ever show that merchant's data.
 */
@Named("signedIn")
@SessionScoped
public class SignedInUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SecurityContext security;

    @Inject
    CallerDirectory callers;

    /** Records are not serializable; a session restored on another node resolves its caller again. */
    private transient Caller caller;

    /**
     * Who the container last reported for this session. An error page (such as the 404 page) is dispatched without
     * the caller, and showed a signed-in admin the merchant's navigation and no name or badge.
     */
    private String username;

    public Caller caller() {
        if (caller == null) {
            String username = username();
            if (username == null) {
                throw DomainProblem.forbidden("nobody is signed in");
            }
            caller = callers.resolve(username)
                    .orElseThrow(() -> DomainProblem.forbidden("account " + username + " is no longer active"));
        }
        return caller;
    }

    public boolean isPresent() {
        return username() != null;
    }

    public String getUsername() {
        return username();
    }

    /**
     * From the account itself rather than the container's roles: on the first page after the login form sends the
     * browser back to the page it came from, the container did not yet report the admin role, and the admin was
     * shown the merchant's badge and navigation until the next reload.
     */
    public boolean isAdmin() {
        return isPresent() && caller().isAdmin();
    }

    public String getRoleLabel() {
        return isAdmin() ? "Administrator" : "Merchant";
    }

    public String logOut() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/login.xhtml?faces-redirect=true";
    }

    private String username() {
        Principal principal = security.getCallerPrincipal();
        if (principal != null) {
            username = principal.getName();
        }
        return username;
    }
}
