package com.agora.kernel.outbox;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Housekeeping of the outbox, which is also the journal: what is old enough to be forgotten. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    /**
     * Forgets relayed events older than the journal's retention, with their receipts: a message that old can no
     * longer be redelivered, so nothing needs either any more.
     */
    public int forgetBefore(int retentionDays) {
        int events = em.createNativeQuery("delete from outbox_events e where e.recorded_at < now()"
                        + " - make_interval(days => ?1)"
                        + " and not exists (select 1 from outbox_unrelayed u where u.position = e.position)")
                .setParameter(1, retentionDays)
                .executeUpdate();
        em.createNativeQuery("delete from processed_messages where processed_at < now() - make_interval(days => ?1)")
                .setParameter(1, retentionDays)
                .executeUpdate();
        return events;
    }
}
