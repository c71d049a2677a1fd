package com.agora.kernel.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Relays agent activity to listeners in other modules of the application. CDI delivers an event only to
 * observers the firing module can see, and the agents' module cannot see the web modules, so the console
 * subscribes here instead.
 */
@ApplicationScoped
public class ActivityFeed {

    private static final Logger LOG = Logger.getLogger(ActivityFeed.class.getName());

    private final List<Consumer<AgentActivity>> listeners = new CopyOnWriteArrayList<>();

    public void subscribe(Consumer<AgentActivity> listener) {
        listeners.add(listener);
    }

    /**
     * Runs on the agent's own thread: listeners must return at once (the console only flips a flag and hands a
     * message to the web socket), and a failing listener must never fail the agent.
     */
    void relay(@Observes AgentActivity activity) {
        for (Consumer<AgentActivity> listener : listeners) {
            try {
                listener.accept(activity);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "An activity listener failed: {0}", e.toString());
            }
        }
    }
}
