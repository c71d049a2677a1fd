package com.agora.customercommunication.boundary;

import com.agora.customercommunication.control.MailRound;
import com.agora.customercommunication.entity.CustomerMessage;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The record of every message and every attempt to send it. Attempts are written in a transaction of their own:
 * a message handed to the SMTP server stays recorded as sent even when the event's transaction rolls back later,
 * so the retry does not mail the customer a second time, and failed attempts are counted across retries. A crash
 * between handing a round's messages to the server and logging them sends those again, with the same Message-ID.
 */
@Stateless
public class MessageLog {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    /**
     * Makes sendings of the same messages take turns until the caller's transaction ends. Without it, a second
     * delivery (the step announced twice, a redelivery, a resend from the console) could look for a message while
     * the first is still handing it to the SMTP server, find nothing recorded, and mail the customer again.
     * PostgreSQL advisory locks rather than row locks, because the message rows are written in transactions of
     * their own; taken in the keys' order, all in one statement.
     *
     * @param keys the messages' keys ({@link MailRound#keyOf}), sorted
     */
    public void takeTurns(List<String> keys) {
        Connection db = em.unwrap(Connection.class);
        try (PreparedStatement turns = db.prepareStatement("select count(pg_advisory_xact_lock("
                + "hashtext('customer_messages'), hashtext(k))) from unnest(cast(? as text[])) k")) {
            turns.setArray(1, db.createArrayOf("text", keys.toArray()));
            turns.executeQuery().close();
        } catch (SQLException e) {
            throw new PersistenceException("taking turns to send " + keys + " failed", e);
        }
    }

    public void takeTurn(long orderId, String template, String reference) {
        takeTurns(List.of(MailRound.keyOf(orderId, template, reference)));
    }

    /** The log's messages of these orders, detached: see {@link MailRound#send}. */
    public List<CustomerMessage> messagesOf(Collection<Long> orderIds) {
        List<CustomerMessage> messages = em.createQuery("select m from CustomerMessage m where m.orderId in :orders",
                        CustomerMessage.class)
                .setParameter("orders", orderIds)
                .getResultList();
        messages.forEach(em::detach);
        return messages;
    }

    /**
     * Logs what a round sent or tried, new messages and further attempts at logged ones alike, whatever becomes of
     * the caller's transaction.
     *
     * @return the messages as logged, in the same order
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<CustomerMessage> record(List<CustomerMessage> attempted) {
        List<CustomerMessage> logged = new ArrayList<>(attempted.size());
        for (CustomerMessage message : attempted) {
            if (message.getId() == null) {
                em.persist(message);
                logged.add(message);
            } else {
                logged.add(em.merge(message));
            }
        }
        return logged;
    }

    /** A message of the log went out again, to this address; one more attempt. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public CustomerMessage sentAgain(long messageId, String recipient) {
        CustomerMessage message = em.find(CustomerMessage.class, messageId);
        message.addressedTo(recipient);
        message.sent(Instant.now());
        return message;
    }

    /** Sending a message of the log again failed; one more attempt, with its reason. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public CustomerMessage failedAgain(long messageId, String recipient, String error) {
        CustomerMessage message = em.find(CustomerMessage.class, messageId);
        message.addressedTo(recipient);
        message.failed(error);
        return message;
    }
}
