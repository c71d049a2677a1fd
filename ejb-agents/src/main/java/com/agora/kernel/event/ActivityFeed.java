package com.agora.kernel.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Relays agent activity to listeners in other modules of the application. CDI delivers an event only to
 * observers the firing module can see, and the agents' module cannot see the web modules, so the console
 * subscribes here instead.
 */
@ApplicationScoped
public class ActivityFeed {

    private final List<Consumer<AgentActivity>> listeners = new CopyOnWriteArrayList<>();

    public void subscribe(Consumer<AgentActivity> listener) {
        listeners.add(listener);
    }

    void relay(@ObservesAsync AgentActivity activity) {
        listeners.forEach(listener -> listener.accept(activity));
    }
}
