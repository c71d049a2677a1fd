package com.agora.kernel.outbox;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The relay's SQL. Claiming and confirming are two short transactions of their own, with the sends to the broker
 * between them and outside any transaction: the broker never joins a database transaction, so nothing is ever
 * two-phase. A relay that dies between the two leaves a claim that expires; the rows are then sent again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @SuppressWarnings("unchecked")
    public List<OutboxRow> claim(int limit, int claimSeconds) {
        List<Object[]> rows = em.createNativeQuery("""
                        update outbox_events set claimed_until = now() + make_interval(secs => ?2)
                        where position in (select position from outbox_events
                                           where relayed_at is null and (claimed_until is null or claimed_until < now())
                                           order by position limit ?1 for update skip locked)
                        returning position, event_type, target, envelope""")
                .setParameter(1, limit)
                .setParameter(2, claimSeconds)
                .getResultList();
        return rows.stream()
                .map(r -> new OutboxRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]))
                .sorted((a, b) -> Long.compare(a.position(), b.position()))
                .toList();
    }

    public void confirm(List<OutboxRow> rows) {
        em.createNativeQuery("update outbox_events set relayed_at = now(), claimed_until = null"
                        + " where position = any(cast(?1 as bigint[]))")
                .setParameter(1, positions(rows))
                .executeUpdate();
    }

    /** Gives claimed rows back at once after a failed send, so the next pass need not wait for the claim to expire. */
    public void release(List<OutboxRow> rows) {
        em.createNativeQuery("update outbox_events set claimed_until = null where position = any(cast(?1 as bigint[]))")
                .setParameter(1, positions(rows))
                .executeUpdate();
    }

    /**
     * Forgets relayed events older than the journal's retention, with their receipts: a message that old can no
     * longer be redelivered, so nothing needs either any more.
     */
    public int forgetBefore(int retentionDays) {
        int events = em.createNativeQuery("delete from outbox_events where relayed_at is not null"
                        + " and recorded_at < now() - make_interval(days => ?1)")
                .setParameter(1, retentionDays)
                .executeUpdate();
        em.createNativeQuery("delete from processed_messages where processed_at < now() - make_interval(days => ?1)")
                .setParameter(1, retentionDays)
                .executeUpdate();
        return events;
    }

    private static String positions(List<OutboxRow> rows) {
        return rows.stream().map(r -> Long.toString(r.position())).collect(Collectors.joining(",", "{", "}"));
    }
}
