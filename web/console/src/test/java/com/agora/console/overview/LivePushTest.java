package com.agora.console.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.push.PushContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LivePushTest {

    /** Records what would go over the web socket. */
    static final class RecordingPush implements PushContext {

        final List<Object> sent = new ArrayList<>();

        @Override
        public Set<Future<Void>> send(Object message) {
            sent.add(message);
            return Set.of();
        }

        @Override
        public <S extends Serializable> Set<Future<Void>> send(Object message, S user) {
            return send(message);
        }

        @Override
        public <S extends Serializable> Map<S, Set<Future<Void>>> send(Object message, Collection<S> users) {
            send(message);
            return Map.of();
        }
    }

    @Test
    void aBurstOfActivityBecomesOneMessageASecond() {
        LivePush live = new LivePush();
        RecordingPush push = new RecordingPush();
        live.activity = push;

        assertTrue(live.pushIfQuietFor(1_000, 10_000));
        assertFalse(live.pushIfQuietFor(1_000, 10_400));
        assertFalse(live.pushIfQuietFor(1_000, 10_999));
        assertTrue(live.pushIfQuietFor(1_000, 11_000));

        assertEquals(List.of("changed", "changed"), push.sent);
    }

    @Test
    void activityInsideTheQuietSecondIsToldOnceItIsOver() {
        LivePush live = new LivePush();
        RecordingPush push = new RecordingPush();
        live.activity = push;

        assertEquals(-1, live.laterPushDelay(10_000));
        assertEquals(600, live.laterPushDelay(10_400));
        assertEquals(-1, live.laterPushDelay(10_700), "one later push is enough");
        live.pushPending();

        assertEquals(List.of("changed", "changed"), push.sent);
        assertTrue(live.laterPushDelay(System.currentTimeMillis()) >= 0, "a new burst right after asks again");
    }
}
