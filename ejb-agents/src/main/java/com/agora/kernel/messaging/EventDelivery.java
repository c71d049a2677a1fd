package com.agora.kernel.messaging;

import com.agora.kernel.agent.Agent;
import com.agora.kernel.agent.AgentMetrics;
import com.agora.kernel.event.AgentActivity;
import com.agora.kernel.event.EventCodec;
import com.agora.kernel.event.EventPublisher;
import com.agora.kernel.event.ReceivedEvent;
import com.agora.kernel.event.UnreadableEventException;
import com.agora.kernel.outbox.DeliveryWindow;
import com.agora.kernel.outbox.EventBatch;
import com.agora.kernel.outbox.OutboxRelay;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands one JMS message, one event or a batch of them, to an agent. A batch is handled in one local transaction;
 * if it fails, its events are handled one per transaction, so only the failing event is retried with back-off
 * (a delayed copy of it on the agent's queue) and, past the last attempt, parked as a dead letter. The retry copy
 * and the dead letter are written before the message is acknowledged, so no event is ever lost.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventDelivery {

    private static final Logger LOG = Logger.getLogger(EventDelivery.class.getName());
    /**
     * Broker redeliveries happen only when even parking failed (the database is down, say). Past this many the
     * message is written to the log in full and acknowledged, so one bad message cannot spin forever.
     */
    static final int BROKER_REDELIVERY_LIMIT = 20;

    @EJB
    IdempotentConsumer consumer;

    @EJB
    DeadLetterOffice deadLetters;

    @Inject
    AgentMetrics metrics;

    @Inject
    DeliveryWindow window;

    @EJB
    OutboxRelay relay;

    @Inject
    Event<AgentActivity> activity;

    @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
    ConnectionFactory broker;

    @Inject
    @ConfigProperty(name = "agora.messaging.max-attempts", defaultValue = "4")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "agora.messaging.first-retry-delay-ms", defaultValue = "500")
    long firstRetryDelayMs;

    @Inject
    @ConfigProperty(name = "agora.messaging.max-retry-delay-ms", defaultValue = "30000")
    long maxRetryDelayMs;

    private RetryPolicy retryPolicy;

    @PostConstruct
    void init() {
        retryPolicy = new RetryPolicy(maxAttempts, Duration.ofMillis(firstRetryDelayMs),
                Duration.ofMillis(maxRetryDelayMs));
    }

    public void deliver(Agent agent, Message message, EventHandler handler) {
        try {
            deliverNow(agent, message, handler);
        } finally {
            closeInWindow(message);
        }
    }

    private void deliverNow(Agent agent, Message message, EventHandler handler) {
        String body;
        int attempt;
        Destination queue;
        try {
            body = message.getBody(String.class);
            attempt = message.propertyExists(EventPublisher.ATTEMPT) ? message.getIntProperty(EventPublisher.ATTEMPT) : 1;
            queue = message.getJMSDestination();
        } catch (JMSException | RuntimeException e) {
            park(agent, null, "not a text message: " + e.getMessage(), String.valueOf(message), 1);
            return;
        }
        if (deliveryCount(message) > BROKER_REDELIVERY_LIMIT) {
            LOG.log(Level.SEVERE, "{0} gives up on a message redelivered more than {1} times; payload: {2}",
                    new Object[] {agent.key(), BROKER_REDELIVERY_LIMIT, body});
            metrics.eventDeadLettered(agent);
            return;
        }
        List<Delivered> events = decode(agent, body, attempt);
        metrics.batchReceived(agent, events.size());
        if (events.size() > 1 && handledTogether(agent, events, handler)) {
            return;
        }
        for (Delivered event : events) {
            handleAlone(agent, queue, event, handler);
        }
    }

    /** An event of the message with its own text (what a retry or a dead letter carries) and attempt number. */
    private record Delivered(ReceivedEvent event, EventBatch.Envelope envelope, int attempt) {

        String text() {
            return envelope.text();
        }
    }

    private List<Delivered> decode(Agent agent, String body, int attempt) {
        List<EventBatch.Envelope> envelopes;
        try {
            envelopes = EventBatch.split(body);
        } catch (UnreadableEventException e) {
            park(agent, null, "unreadable event: " + e.getMessage(), body, attempt);
            return List.of();
        }
        List<Delivered> events = new ArrayList<>(envelopes.size());
        for (EventBatch.Envelope envelope : envelopes) {
            try {
                ReceivedEvent event = envelope.json() != null ? EventCodec.decode(envelope.json())
                        : EventCodec.decode(envelope.text());
                events.add(new Delivered(event, envelope, attempt));
            } catch (UnreadableEventException e) {
                park(agent, null, "unreadable event: " + e.getMessage(), envelope.text(), attempt);
            }
        }
        return events;
    }

    private boolean handledTogether(Agent agent, List<Delivered> events, EventHandler handler) {
        long started = System.nanoTime();
        try {
            List<ReceivedEvent> applied = consumer.handleAll(agent, events.stream().map(Delivered::event).toList(),
                    handler);
            Duration each = Duration.ofNanos((System.nanoTime() - started) / events.size());
            events.forEach(e -> metrics.eventHandled(agent, each));
            applied.forEach(e -> announce(agent, e));
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "{0}: a batch of {1} failed ({2}); handling its events one by one",
                    new Object[] {agent.key(), events.size(), describe(e)});
            return false;
        }
    }

    private void handleAlone(Agent agent, Destination queue, Delivered delivered, EventHandler handler) {
        ReceivedEvent event = delivered.event();
        long started = System.nanoTime();
        try {
            List<ReceivedEvent> applied = consumer.handleAll(agent, List.of(event), handler);
            metrics.eventHandled(agent, Duration.ofNanos(System.nanoTime() - started));
            if (applied.isEmpty()) {
                LOG.log(Level.FINE, "{0} skipped duplicate event {1}", new Object[] {agent.key(), event.eventId()});
            } else {
                announce(agent, event);
            }
        } catch (RuntimeException e) {
            metrics.eventFailed(agent);
            String reason = describe(e);
            int attempt = delivered.attempt();
            if (retryPolicy.allowsAnotherAttemptAfter(attempt)) {
                Duration delay = retryPolicy.delayAfter(attempt);
                LOG.log(Level.WARNING, "{0} failed on {1} {2} (attempt {3}), retrying in {4} ms: {5}", new Object[] {
                        agent.key(), event.type().typeName(), event.eventId(), attempt, delay.toMillis(), reason});
                retryLater(queue, delivered, delay);
            } else {
                park(agent, event, reason, delivered.text(), attempt);
            }
        }
    }

    private void announce(Agent agent, ReceivedEvent event) {
        activity.fire(new AgentActivity(agent.key(), event.type().typeName(), event.aggregateId(), Instant.now()));
    }

    /**
     * A delayed copy of the one failing event, sent before the original message is acknowledged: a crash in
     * between at worst delivers the event twice, which its receipt absorbs.
     */
    private void retryLater(Destination queue, Delivered delivered, Duration delay) {
        try (JMSContext jms = broker.createContext()) {
            jms.createProducer()
                    .setProperty(EventPublisher.ATTEMPT, delivered.attempt() + 1)
                    .setProperty(EventPublisher.EVENT_TYPE, delivered.event().type().typeName())
                    .setDeliveryDelay(delay.toMillis())
                    .send(queue, delivered.text());
        }
    }

    /** Frees the message's place in the relay's window and, if its agent had events waiting for that, wakes it. */
    private void closeInWindow(Message message) {
        try {
            if (message.propertyExists(EventPublisher.WINDOW_NUMBER)
                    && window.closed(message.getLongProperty(EventPublisher.WINDOW_NUMBER))) {
                relay.wake();
            }
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.FINE, "A message's place in the relay window could not be read: {0}", e.toString());
        }
    }

    private static int deliveryCount(Message message) {
        try {
            return message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 1;
        } catch (JMSException e) {
            return 1;
        }
    }

    private void park(Agent agent, ReceivedEvent event, String reason, String body, int attempts) {
        LOG.log(Level.SEVERE, "{0} parked a message as a dead letter after {1} attempt(s): {2}",
                new Object[] {agent.key(), attempts, reason});
        deadLetters.park(agent, event == null ? null : event.eventId(),
                event == null ? null : event.type().typeName(), body, reason, attempts);
        metrics.eventDeadLettered(agent);
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        return root.getClass().getSimpleName() + message;
    }
}
