package com.agora.kernel.outbox;

import com.agora.kernel.agent.Agent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The messages this server's relay sent that are not handled yet, per agent. The relay sends an agent at most as
 * many as it has listeners and keeps the rest of its events in the outbox, so under load the next message carries
 * more of them: the backlog waits where it can still be batched instead of in the queue as small messages.
 *
 * <p>Only this server's listeners close its messages. A message another server took (several servers on one
 * broker), or one a crash lost before it was handled, stops counting after {@link #FORGOTTEN_AFTER}; until then
 * its agent's events wait in the outbox, where the other servers' relays can still take them.
 */
@ApplicationScoped
public class DeliveryWindow {

    static final Duration FORGOTTEN_AFTER = Duration.ofSeconds(30);

    /** Random start, so two servers' message numbers do not meet on a shared broker. */
    private final AtomicLong numbers = new AtomicLong(new SecureRandom().nextLong());
    private final Map<Long, Open> open = new ConcurrentHashMap<>();
    /** Kept with every open and close, so a listener's close and the relay's look cost no walk over the messages. */
    private final Map<Agent, AtomicInteger> inFlight = new EnumMap<>(Agent.class);

    @Inject
    @ConfigProperty(name = "agora.outbox.messages-in-flight-per-agent", defaultValue = "4")
    int perAgent;

    private record Open(Agent agent, long sentAt) {
    }

    public DeliveryWindow() {
        for (Agent agent : Agent.values()) {
            inFlight.put(agent, new AtomicInteger());
        }
    }

    /** Registers a message about to be sent to the agent; its number travels with it. */
    public long opened(Agent agent) {
        long number = numbers.incrementAndGet();
        open.put(number, new Open(agent, System.nanoTime()));
        inFlight.get(agent).incrementAndGet();
        return number;
    }

    /**
     * The message with this number was handled (or given up on).
     *
     * @return whether its agent had no room left before, so the relay should look at the events held for it
     */
    public boolean closed(long number) {
        Open message = open.remove(number);
        return message != null && inFlight.get(message.agent()).getAndDecrement() >= perAgent;
    }

    /** How many more messages each agent may be sent now; messages open for too long stop counting first. */
    public Map<Agent, Integer> room() {
        long forgotten = System.nanoTime() - FORGOTTEN_AFTER.toNanos();
        open.forEach((number, message) -> {
            if (message.sentAt() - forgotten < 0 && open.remove(number, message)) {
                inFlight.get(message.agent()).decrementAndGet();
            }
        });
        Map<Agent, Integer> room = new EnumMap<>(Agent.class);
        inFlight.forEach((agent, count) -> room.put(agent, Math.max(0, perAgent - count.get())));
        return Collections.unmodifiableMap(room);
    }
}
