package com.agora.kernel.timeline;

import com.agora.events.TimelineStep;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.entity.TimelineEntry;
import com.agora.kernel.persistence.KernelRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The order's timeline, kept by the kernel: an agent records its step for an order in the transaction of the
 * step itself (with the receipt of the event it handled), instead of sending the Order agent a report to write
 * down. One delivery less per step, and the entry exists exactly when the step committed.
 */
@ApplicationScoped
public class OrderTimeline {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    KernelRows rows;

    /**
     * @return the entry as recorded; inside a batch it is written with the batch's other rows at its end, so it has
     *         no id yet
     */
    public TimelineEntry record(long orderId, Agent agent, TimelineStep step, String detail) {
        TimelineEntry entry = new TimelineEntry(orderId, agent.key(), step.stepName(), detail);
        if (!rows.hold(new KernelRows.TimelineInsert(orderId, entry.getAgent(), entry.getEventType(), detail,
                entry.getOccurredAt()))) {
            em.persist(entry);
        }
        return entry;
    }

    /** The orders among these whose timeline records the step; for many orders in one query. */
    public Set<Long> reached(Collection<Long> orderIds, TimelineStep step) {
        return new HashSet<>(em.createQuery("select distinct e.orderId from TimelineEntry e where e.orderId in :orders"
                        + " and e.eventType = :step", Long.class)
                .setParameter("orders", orderIds)
                .setParameter("step", step.stepName())
                .getResultList());
    }

    public List<TimelineEntry> of(long orderId) {
        return em.createQuery("select e from TimelineEntry e where e.orderId = :order order by e.occurredAt, e.id",
                TimelineEntry.class).setParameter("order", orderId).getResultList();
    }
}
