package com.agora.kernel.agent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Per-agent MicroProfile metrics, labelled with the agent's key so one dashboard query covers all 26:
 * {@code agora_agent_events_handled_total}, {@code agora_agent_events_failed_total},
 * {@code agora_agent_events_dead_lettered_total} and the {@code agora_agent_event_processing_seconds} timer.
 */
@ApplicationScoped
public class AgentMetrics {

    static final String HANDLED = "agora_agent_events_handled";
    static final String FAILED = "agora_agent_events_failed";
    static final String DEAD_LETTERED = "agora_agent_events_dead_lettered";
    static final String PROCESSING = "agora_agent_event_processing";

    @Inject
    MetricRegistry registry;

    private final Map<Agent, Instant> lastEventAt = new ConcurrentHashMap<>();

    /**
     * Created with the application: Payara resolves the application's metric registry only inside an application
     * invocation, which a health check thread is not.
     */
    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        registry.getNames();
    }

    public void eventHandled(Agent agent, Duration processing) {
        registry.counter(id(HANDLED, agent)).inc();
        registry.timer(id(PROCESSING, agent)).update(processing);
        lastEventAt.put(agent, Instant.now());
    }

    public void eventFailed(Agent agent) {
        registry.counter(id(FAILED, agent)).inc();
    }

    public void eventDeadLettered(Agent agent) {
        registry.counter(id(DEAD_LETTERED, agent)).inc();
    }

    public long handled(Agent agent) {
        return registry.counter(id(HANDLED, agent)).getCount();
    }

    public long failed(Agent agent) {
        return registry.counter(id(FAILED, agent)).getCount();
    }

    public long deadLettered(Agent agent) {
        return registry.counter(id(DEAD_LETTERED, agent)).getCount();
    }

    public Instant lastEventAt(Agent agent) {
        return lastEventAt.get(agent);
    }

    private static MetricID id(String name, Agent agent) {
        return new MetricID(name, new Tag("agent", agent.key()));
    }
}
