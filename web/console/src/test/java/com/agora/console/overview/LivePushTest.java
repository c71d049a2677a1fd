package com.agora.console.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LivePushTest {

    /** Counts the messages that would go over the web socket. */
    static final class RecordingPush extends LivePush {

        int told;

        @Override
        void tellPages() {
            told++;
        }
    }

    /** A browser's end of the socket: records what it is sent, and can be closed. */
    static final class Page {

        final List<String> received = new ArrayList<>();
        boolean open = true;
        final Session session = (Session) Proxy.newProxyInstance(Session.class.getClassLoader(),
                new Class<?>[] {Session.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isOpen" -> open;
                    case "getAsyncRemote" -> remote();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });

        private RemoteEndpoint.Async remote() {
            return (RemoteEndpoint.Async) Proxy.newProxyInstance(RemoteEndpoint.Async.class.getClassLoader(),
                    new Class<?>[] {RemoteEndpoint.Async.class}, (proxy, method, args) -> {
                        if (!method.getName().equals("sendText")) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        received.add((String) args[0]);
                        return null;
                    });
        }
    }

    @Test
    void aBurstOfActivityBecomesOneMessageASecond() {
        RecordingPush live = new RecordingPush();

        assertTrue(live.pushIfQuietFor(1_000, 10_000));
        assertFalse(live.pushIfQuietFor(1_000, 10_400));
        assertFalse(live.pushIfQuietFor(1_000, 10_999));
        assertTrue(live.pushIfQuietFor(1_000, 11_000));

        assertEquals(2, live.told);
    }

    @Test
    void activityInsideTheQuietSecondIsToldOnceItIsOver() {
        RecordingPush live = new RecordingPush();

        assertEquals(-1, live.laterPushDelay(10_000));
        assertEquals(600, live.laterPushDelay(10_400));
        assertEquals(-1, live.laterPushDelay(10_700), "one later push is enough");
        live.pushPending();

        assertEquals(2, live.told);
        assertTrue(live.laterPushDelay(System.currentTimeMillis()) >= 0, "a new burst right after asks again");
    }

    @Test
    void everyOpenPageIsToldAndAClosedOneIsForgotten() {
        LivePush live = new LivePush();
        Page adminAtWork = new Page();
        Page adminAtHome = new Page();
        Page closedTab = new Page();
        live.listen(adminAtWork.session);
        live.listen(adminAtHome.session);
        live.listen(closedTab.session);
        closedTab.open = false;

        live.tellPages();

        assertEquals(List.of(LivePush.CHANGED), adminAtWork.received);
        assertEquals(List.of(LivePush.CHANGED), adminAtHome.received, "a second browser hears it too");
        assertEquals(List.of(), closedTab.received);
        assertEquals(2, live.listeningPages());

        live.forget(adminAtHome.session);
        live.tellPages();
        assertEquals(2, adminAtWork.received.size());
        assertEquals(1, adminAtHome.received.size());
    }
}
