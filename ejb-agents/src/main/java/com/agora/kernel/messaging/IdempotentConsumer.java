package com.agora.kernel.messaging;

import com.agora.kernel.agent.Agent;
import com.agora.kernel.event.ReceivedEvent;
import com.agora.kernel.persistence.KernelRows;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Runs an agent's handler at most once per event and consumer. The receipt rows and the handler's changes commit
 * in one local transaction, so a redelivered or duplicated event finds its receipt and changes nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdempotentConsumer {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    KernelRows rows;

    /**
     * Handles a batch of events in one transaction: all of them or, if one fails, none (the caller then tries them
     * one by one).
     *
     * @return the events applied now; the others had been handled before
     */
    public List<ReceivedEvent> handleAll(Agent consumer, List<ReceivedEvent> events, EventHandler handler) {
        Set<UUID> fresh = takeReceipts(consumer, events);
        List<ReceivedEvent> applied = new ArrayList<>(fresh.size());
        for (ReceivedEvent event : inLockOrder(events)) {
            if (fresh.remove(event.eventId())) {
                applied.add(event);
            }
        }
        try {
            rows.holdUntilWritten();
            if (!applied.isEmpty()) {
                handler.beforeAll(applied);
            }
            for (ReceivedEvent event : applied) {
                handler.handle(event);
            }
            if (!applied.isEmpty()) {
                handler.afterAll();
            }
            em.flush();
            rows.writeHeld();
        } catch (RuntimeException e) {
            // Some business refusals are application exceptions that would otherwise commit what ran before them.
            context.setRollbackOnly();
            throw e;
        }
        return applied;
    }

    /**
     * The batch ordered by aggregate, each aggregate's events in the order they came. Handlers lock their aggregate
     * (an order, say) as they go; two batches of the same agent that held the same two orders in opposite order
     * deadlocked in PostgreSQL, which failed both and sent every event of both through the one-by-one path.
     */
    static List<ReceivedEvent> inLockOrder(List<ReceivedEvent> events) {
        List<ReceivedEvent> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparingLong(ReceivedEvent::aggregateId));
        return ordered;
    }

    @SuppressWarnings("unchecked")
    private Set<UUID> takeReceipts(Agent consumer, List<ReceivedEvent> events) {
        String ids = events.stream().map(e -> e.eventId().toString()).collect(Collectors.joining(",", "{", "}"));
        List<Object> taken = em.createNativeQuery("insert into processed_messages (consumer, event_id)"
                        + " select ?1, unnest(cast(?2 as uuid[])) on conflict do nothing returning event_id")
                .setParameter(1, consumer.key())
                .setParameter(2, ids)
                .getResultList();
        Set<UUID> fresh = new HashSet<>();
        for (Object id : taken) {
            fresh.add(id instanceof UUID uuid ? uuid : UUID.fromString(id.toString()));
        }
        return fresh;
    }
}
