package com.agora.kernel.agent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Per-agent MicroProfile metrics, labelled with the agent's key so one dashboard query covers all 26:
 * {@code agora_agent_events_handled_total}, {@code agora_agent_events_failed_total},
 * {@code agora_agent_events_dead_lettered_total}, the {@code agora_agent_event_processing_seconds} timer and the
 * {@code agora_agent_batch_events} histogram; plus the relay's {@code agora_outbox_events_relayed_total} and
 * {@code agora_outbox_messages_sent_total}.
 */
@ApplicationScoped
public class AgentMetrics {

    static final String HANDLED = "agora_agent_events_handled";
    static final String FAILED = "agora_agent_events_failed";
    static final String DEAD_LETTERED = "agora_agent_events_dead_lettered";
    static final String PROCESSING = "agora_agent_event_processing";
    static final String BATCH = "agora_agent_batch_events";
    static final String RELAYED_EVENTS = "agora_outbox_events_relayed";
    static final String RELAYED_MESSAGES = "agora_outbox_messages_sent";

    @Inject
    MetricRegistry registry;

    private final Map<Agent, Instant> lastEventAt = new ConcurrentHashMap<>();
    /** Looked up once per agent: a registry lookup per event cost more than the counting itself. */
    private final Map<Agent, Meters> meters = new ConcurrentHashMap<>();
    private Counter relayedEvents;
    private Counter relayedMessages;

    /**
     * Created with the application: Payara resolves the application's metric registry only inside an application
     * invocation, which a health check thread is not.
     */
    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        relayedEvents = registry.counter(RELAYED_EVENTS);
        relayedMessages = registry.counter(RELAYED_MESSAGES);
    }

    public void eventHandled(Agent agent, Duration processing) {
        Meters of = of(agent);
        of.handled().inc();
        of.processing().update(processing);
        lastEventAt.put(agent, Instant.now());
    }

    /** How many events one message brought: the batch-size distribution that shows how deliveries grow with load. */
    public void batchReceived(Agent agent, int events) {
        of(agent).batch().update(events);
    }

    public void relayed(int events, int messages) {
        relayedEvents.inc(events);
        relayedMessages.inc(messages);
    }

    public void eventFailed(Agent agent) {
        of(agent).failed().inc();
    }

    public void eventDeadLettered(Agent agent) {
        of(agent).deadLettered().inc();
    }

    public long handled(Agent agent) {
        return of(agent).handled().getCount();
    }

    public long failed(Agent agent) {
        return of(agent).failed().getCount();
    }

    public long deadLettered(Agent agent) {
        return of(agent).deadLettered().getCount();
    }

    public Instant lastEventAt(Agent agent) {
        return lastEventAt.get(agent);
    }

    private Meters of(Agent agent) {
        return meters.computeIfAbsent(agent, a -> new Meters(registry.counter(id(HANDLED, a)),
                registry.counter(id(FAILED, a)), registry.counter(id(DEAD_LETTERED, a)),
                registry.timer(id(PROCESSING, a)), registry.histogram(id(BATCH, a))));
    }

    private record Meters(Counter handled, Counter failed, Counter deadLettered, Timer processing,
            Histogram batch) {
    }

    private static MetricID id(String name, Agent agent) {
        return new MetricID(name, new Tag("agent", agent.key()));
    }
}
