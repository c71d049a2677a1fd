package com.agora.kernel.messaging;

import com.agora.kernel.agent.Agent;
import com.agora.kernel.entity.DeadLetter;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.outbox.Outbox;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/** The dead-letter destination: parked messages that ops can list, replay or discard. */
@Stateless
public class DeadLetterOffice {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    Outbox outbox;

    public DeadLetter park(Agent consumer, UUID eventId, String eventType, String payload, String reason,
            int attempts) {
        DeadLetter letter = new DeadLetter(consumer.queueJndiName(), consumer.key(), eventId, eventType, payload,
                reason, attempts);
        em.persist(letter);
        return letter;
    }

    public Page<DeadLetter> list(String status, PageRequest page) {
        String filter = status == null || status.isBlank() ? "" : " where d.status = :status";
        var query = em.createQuery("select d from DeadLetter d" + filter + " order by d.parkedAt desc, d.id desc",
                DeadLetter.class);
        var count = em.createQuery("select count(d) from DeadLetter d" + filter, Long.class);
        if (!filter.isEmpty()) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        return new Page<>(query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                page, count.getSingleResult());
    }

    public DeadLetter find(long id) {
        DeadLetter letter = em.find(DeadLetter.class, id);
        if (letter == null) {
            throw DomainProblem.notFound("dead letter", id);
        }
        return letter;
    }

    /**
     * Sends the parked message back to its agent alone, as a first attempt, through the outbox: it leaves only if
     * the letter's new status commits. The agent's idempotency still applies.
     */
    public DeadLetter replay(long id, String by) {
        DeadLetter letter = parked(id);
        Agent consumer = Agent.byKey(letter.getConsumer())
                .orElseThrow(() -> DomainProblem.conflict("dead letter " + id + " names an unknown agent"));
        UUID eventId = letter.getEventId() == null ? UUID.randomUUID() : letter.getEventId();
        String type = letter.getEventType() == null ? "unreadable" : letter.getEventType();
        outbox.record(eventId, type, 0, "dead-letters", consumer.key(), letter.getPayload());
        letter.resolve(DeadLetter.Status.REPLAYED, by);
        return letter;
    }

    public DeadLetter discard(long id, String by) {
        DeadLetter letter = parked(id);
        letter.resolve(DeadLetter.Status.DISCARDED, by);
        return letter;
    }

    private DeadLetter parked(long id) {
        DeadLetter letter = find(id);
        if (letter.status() != DeadLetter.Status.PARKED) {
            throw DomainProblem.conflict("dead letter " + id + " was already " + letter.getStatus());
        }
        return letter;
    }
}
