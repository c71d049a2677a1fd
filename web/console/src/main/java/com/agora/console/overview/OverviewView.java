package com.agora.console.overview;

import com.agora.console.security.SignedInUser;
import com.agora.infrastructure.boundary.PlatformOverview;
import com.agora.infrastructure.boundary.PlatformOverview.Overview;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The landing page's figures, read fresh on every request so the page's poll shows the live state. */
@Named
@RequestScoped
public class OverviewView {

    @Inject
    PlatformOverview platform;

    @Inject
    SignedInUser signedIn;

    private Overview figures;

    public Overview getFigures() {
        if (figures == null) {
            figures = platform.overview(signedIn.caller());
        }
        return figures;
    }
}
