package com.agora.console.overview;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

/**
 * The web socket an open overview or agents page listens on (see {@code console/live.js}). It lives under the
 * console's login like every page, and only ever sends "changed": what changed the page reads through its usual
 * ajax update, as the signed-in user.
 *
 * <p>The console's own endpoint instead of Faces' {@code <f:websocket>}: Mojarra keeps the sessions of its push
 * endpoint in a bean it finds once per server, not once per deployment, so after a redeployment every page
 * listened on the first deployment's bean while the new one pushed to nobody (eclipse-ee4j/mojarra#5586,
 * payara/Payara#5640). This class and {@link LivePush} belong to this deployment and go with it.
 */
@ServerEndpoint("/live/activity")
public class ActivitySocket {

    @Inject
    LivePush live;

    @OnOpen
    public void open(Session page) {
        // Quiet pages stay connected: the figures may hold still for hours.
        page.setMaxIdleTimeout(0);
        live.listen(page);
    }

    @OnClose
    public void closed(Session page, CloseReason reason) {
        live.forget(page);
    }

    @OnError
    public void failed(Session page, Throwable error) {
        if (!page.isOpen()) {
            live.forget(page);
        }
    }
}
