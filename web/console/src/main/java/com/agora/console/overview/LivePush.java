package com.agora.console.overview;

import com.agora.kernel.event.ActivityFeed;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells open console pages over a web socket ({@link ActivitySocket}) that the agents did something, so the
 * overview and the agents page re-read their figures at once. At most one message a second: under load the
 * figures change all the time, and a page only needs to know that it is stale. Activity inside the quiet second is
 * not dropped but told once the second is over: an order's steps now follow each other within milliseconds, and a
 * page that read its figures at the first step would otherwise miss the last ones.
 *
 * <p>The listening pages are held here, in this deployment's own bean, so a page opened after a redeployment
 * hears the new deployment, and every browser of every user hears the same message.
 */
@ApplicationScoped
public class LivePush {

    static final long QUIET_MILLIS = 1_000;
    static final String CHANGED = "changed";

    private static final Logger LOG = Logger.getLogger(LivePush.class.getName());

    @Inject
    ActivityFeed feed;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Set<Session> pages = ConcurrentHashMap.newKeySet();
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

    void listen(Session page) {
        pages.add(page);
    }

    void forget(Session page) {
        pages.remove(page);
    }

    int listeningPages() {
        return pages.size();
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
        tellPages();
    }

    boolean pushIfQuietFor(long quietMillis, long now) {
        long last = lastPush.get();
        if (now - last < quietMillis || !lastPush.compareAndSet(last, now)) {
            return false;
        }
        tellPages();
        return true;
    }

    /**
     * Runs on an agent's thread: hands the message to each open page without waiting for it to be sent, and forgets
     * the pages whose socket has closed.
     */
    void tellPages() {
        for (Session page : pages) {
            if (!page.isOpen()) {
                pages.remove(page);
                continue;
            }
            try {
                page.getAsyncRemote().sendText(CHANGED);
            } catch (RuntimeException e) {
                // A socket that is going away; its close forgets it. The page's 30-second poll covers the rest.
                LOG.log(Level.FINE, "A console page could not be told: {0}", e.toString());
            }
        }
    }
}
