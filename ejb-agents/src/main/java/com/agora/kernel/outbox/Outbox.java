package com.agora.kernel.outbox;

import com.agora.kernel.persistence.KernelRows;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    @Inject
    KernelRows rows;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @EJB
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
        rows.add(new KernelRows.OutboxInsert(eventId, eventType, aggregateId, source, target, envelope));
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
