package com.agora.kernel.event;

import com.agora.events.EventType;
import com.agora.kernel.agent.Agent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import java.time.Duration;
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

    /**
     * Sends an event's text again to a queue as a later attempt, in the caller's transaction: retries after a
     * failure (with a delay) and replays of dead letters (without one).
     */
    public void redeliver(Destination queue, String body, String eventType, int attempt, Duration delay) {
        JMSProducer producer = jms.createProducer().setProperty(ATTEMPT, attempt);
        if (eventType != null) {
            producer.setProperty(EVENT_TYPE, eventType);
        }
        if (!delay.isZero()) {
            producer.setDeliveryDelay(delay.toMillis());
        }
        producer.send(queue, body);
    }
}
