package com.agora.console.overview;

import com.agora.kernel.event.ActivityFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tells open console pages over a web socket that the agents did something, so the overview and the agents
 * page re-read their figures at once. At most one message a second: under load the figures change all the
 * time, and a page only needs to know that it is stale.
 */
@ApplicationScoped
public class LivePush {

    static final long QUIET_MILLIS = 1_000;

    @Inject
    ActivityFeed feed;

    @Inject
    @Push(channel = "activity")
    PushContext activity;

    private final AtomicLong lastPush = new AtomicLong();

    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        feed.subscribe(event -> pushIfQuietFor(QUIET_MILLIS, System.currentTimeMillis()));
    }

    boolean pushIfQuietFor(long quietMillis, long now) {
        long last = lastPush.get();
        if (now - last < quietMillis || !lastPush.compareAndSet(last, now)) {
            return false;
        }
        activity.send("changed");
        return true;
    }
}
