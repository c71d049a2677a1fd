package com.agora.kernel.event;

import com.agora.events.EventType;
import com.agora.kernel.agent.Agent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import java.time.Instant;
import java.util.UUID;

/**
 * Publishes domain events to the queues of the agents that listen to them. The injected JMSContext joins the
 * caller's JTA transaction, so the messages leave only if the change that caused them commits.
 */
@ApplicationScoped
public class EventPublisher {

    public static final String EVENT_TYPE = "eventType";
    public static final String EVENT_ID = "eventId";
    public static final String ATTEMPT = "agoraAttempt";

    @Inject
    JMSContext jms;

    @Inject
    QueueDirectory queues;

    public UUID publish(Agent source, EventType type, long aggregateId, Object payload) {
        UUID eventId = UUID.randomUUID();
        String body = EventCodec.encode(eventId, type, Instant.now(), aggregateId, source.key(), payload);
        for (Agent subscriber : type.subscribers()) {
            jms.createProducer()
                    .setProperty(EVENT_TYPE, type.typeName())
                    .setProperty(EVENT_ID, eventId.toString())
                    .send(queues.of(subscriber), body);
        }
        return eventId;
    }
}
