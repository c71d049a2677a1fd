package com.agora.kernel.messaging;

import com.agora.kernel.agent.Agent;
import com.agora.kernel.event.ReceivedEvent;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Runs an agent's handler at most once per event and consumer. The receipt row and the handler's changes commit
 * in one transaction of their own, so a redelivered or duplicated event finds the receipt and changes nothing.
 */
@Stateless
public class IdempotentConsumer {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    /** @return false when this consumer had already handled the event */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean handleOnce(Agent consumer, ReceivedEvent event, EventHandler handler) {
        int receipts = em.createNativeQuery(
                        "insert into processed_messages (consumer, event_id) values (?1, cast(?2 as uuid)) "
                                + "on conflict do nothing")
                .setParameter(1, consumer.key())
                .setParameter(2, event.eventId().toString())
                .executeUpdate();
        if (receipts == 0) {
            return false;
        }
        handler.handle(event);
        return true;
    }
}
