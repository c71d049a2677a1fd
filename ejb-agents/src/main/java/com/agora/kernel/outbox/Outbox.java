package com.agora.kernel.outbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.UUID;

/**
 * Writes events into the outbox table inside the caller's local transaction and, once that transaction has
 * committed, wakes the relay, so an event's latency at low load is one relay pass rather than a sweep period.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_REGISTERED = Outbox.class.getName() + ".wake";

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /**
     * @param target null to route the event to every subscriber of its type; an agent key to send it to that agent
     *               only (a replayed dead letter)
     */
    public void record(UUID eventId, String eventType, long aggregateId, String source, String target,
            String envelope) {
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("events are published inside the transaction of the change they announce");
        }
        em.createNativeQuery("insert into outbox_events (event_id, event_type, aggregate_id, source, target, envelope)"
                        + " values (cast(?1 as uuid), ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, eventId.toString())
                .setParameter(2, eventType)
                .setParameter(3, aggregateId)
                .setParameter(4, source)
                .setParameter(5, target)
                .setParameter(6, envelope)
                .executeUpdate();
        if (transactions.getResource(WAKE_REGISTERED) == null) {
            transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new WakeAfterCommit(relay));
        }
    }

    private record WakeAfterCommit(OutboxRelay relay) implements Synchronization {

        @Override
        public void beforeCompletion() {
            // nothing to do before: the rows are already part of the transaction
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wake();
            }
        }
    }
}
