package com.agora.kernel.messaging;

import com.agora.kernel.agent.Agent;
import com.agora.kernel.agent.AgentMetrics;
import com.agora.kernel.event.AgentActivity;
import com.agora.kernel.event.EventCodec;
import com.agora.kernel.event.EventPublisher;
import com.agora.kernel.event.ReceivedEvent;
import com.agora.kernel.event.UnreadableEventException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands one JMS message to an agent: decode, run the handler once (its own transaction), and on failure either
 * schedule a later attempt with back-off or park the message as a dead letter. The retry copy and the dead letter
 * are written in the listener's transaction, together with the acknowledgement, so no message is ever lost.
 */
@Stateless
public class EventDelivery {

    private static final Logger LOG = Logger.getLogger(EventDelivery.class.getName());
    /**
     * Broker redeliveries happen only when even parking failed (the database is down, say). Past this many the
     * message is written to the log in full and acknowledged, so one bad message cannot spin forever.
     */
    static final int BROKER_REDELIVERY_LIMIT = 20;

    @Inject
    IdempotentConsumer consumer;

    @Inject
    DeadLetterOffice deadLetters;

    @Inject
    AgentMetrics metrics;

    @Inject
    EventPublisher publisher;

    @Inject
    Event<AgentActivity> activity;

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
        String body;
        int attempt;
        try {
            body = message.getBody(String.class);
            attempt = message.propertyExists(EventPublisher.ATTEMPT) ? message.getIntProperty(EventPublisher.ATTEMPT) : 1;
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
        ReceivedEvent event;
        try {
            event = EventCodec.decode(body);
        } catch (UnreadableEventException e) {
            park(agent, null, "unreadable event: " + e.getMessage(), body, attempt);
            return;
        }
        long started = System.nanoTime();
        try {
            boolean applied = consumer.handleOnce(agent, event, handler);
            metrics.eventHandled(agent, Duration.ofNanos(System.nanoTime() - started));
            if (applied) {
                activity.fire(new AgentActivity(agent.key(), event.type().typeName(), event.aggregateId(),
                        Instant.now()));
            } else {
                LOG.log(Level.FINE, "{0} skipped duplicate event {1}", new Object[] {agent.key(), event.eventId()});
            }
        } catch (RuntimeException e) {
            metrics.eventFailed(agent);
            String reason = describe(e);
            if (retryPolicy.allowsAnotherAttemptAfter(attempt)) {
                Duration delay = retryPolicy.delayAfter(attempt);
                LOG.log(Level.WARNING, "{0} failed on {1} {2} (attempt {3}), retrying in {4} ms: {5}", new Object[] {
                        agent.key(), event.type().typeName(), event.eventId(), attempt, delay.toMillis(), reason});
                retryLater(message, body, event, attempt + 1, delay);
            } else {
                park(agent, event, reason, body, attempt);
            }
        }
    }

    private static int deliveryCount(Message message) {
        try {
            return message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 1;
        } catch (JMSException e) {
            return 1;
        }
    }

    private void retryLater(Message original, String body, ReceivedEvent event, int nextAttempt, Duration delay) {
        try {
            publisher.redeliver(original.getJMSDestination(), body, event.type().typeName(), nextAttempt, delay);
        } catch (JMSException e) {
            throw new IllegalStateException("could not schedule a retry of event " + event.eventId(), e);
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
