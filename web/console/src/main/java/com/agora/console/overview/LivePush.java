package com.agora.console.overview;

import com.agora.kernel.event.ActivityFeed;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tells open console pages over a web socket that the agents did something, so the overview and the agents
 * page re-read their figures at once. At most one message a second: under load the figures change all the
 * time, and a page only needs to know that it is stale. Activity inside the quiet second is not dropped but
 * told once the second is over: an order's steps now follow each other within milliseconds, and a page that read
 * its figures at the first step would otherwise miss the last ones.
 */
@ApplicationScoped
public class LivePush {

    static final long QUIET_MILLIS = 1_000;

    @Inject
    ActivityFeed feed;

    @Inject
    @Push(channel = "activity")
    PushContext activity;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final AtomicLong lastPush = new AtomicLong();
    private final AtomicBoolean pushPending = new AtomicBoolean();

    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        feed.subscribe(event -> {
            long delay = laterPushDelay(System.currentTimeMillis());
            if (delay >= 0) {
                scheduler.schedule(this::pushPending, delay, TimeUnit.MILLISECONDS);
            }
        });
    }

    /**
     * Pushes now if the last push is a quiet second old; otherwise asks for one push when that second is over.
     *
     * @return milliseconds until that later push, or -1 when none is needed (pushed now, or one is already pending)
     */
    long laterPushDelay(long now) {
        if (pushIfQuietFor(QUIET_MILLIS, now) || !pushPending.compareAndSet(false, true)) {
            return -1;
        }
        return Math.max(0, lastPush.get() + QUIET_MILLIS - now);
    }

    void pushPending() {
        pushPending.set(false);
        lastPush.set(System.currentTimeMillis());
        activity.send("changed");
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
