package com.agora.kernel.event;

import com.agora.events.EventType;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;

/**
 * Publishes domain events to the agents that listen to them. An event is written to the outbox in the caller's
 * transaction and relayed to the subscribers' queues after commit, so it leaves only if the change that caused it
 * commits, and it is never lost once that change has committed.
 */
@ApplicationScoped
public class EventPublisher {

    public static final String EVENT_TYPE = "eventType";
    public static final String EVENT_COUNT = "agoraEventCount";
    public static final String ATTEMPT = "agoraAttempt";
    /** The relay's number for a message, which its listener closes in the relay's window once it is handled. */
    public static final String WINDOW_NUMBER = "agoraWindowNumber";

    @Inject
    Outbox outbox;

    public UUID publish(Agent source, EventType type, long aggregateId, Object payload) {
        UUID eventId = EventIds.next();
        String envelope = EventCodec.encode(eventId, type, Instant.now(), aggregateId, source.key(), payload);
        outbox.record(eventId, type.typeName(), aggregateId, source.key(), null, envelope);
        return eventId;
    }
}
