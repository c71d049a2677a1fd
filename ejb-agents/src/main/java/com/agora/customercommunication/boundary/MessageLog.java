package com.agora.customercommunication.boundary;

import com.agora.customercommunication.control.RenderedMail;
import com.agora.customercommunication.entity.CustomerMessage;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * The record of every message and every attempt to send it. Attempts are written in a transaction of their own:
 * a message handed to the SMTP server stays recorded as sent even when the event's transaction rolls back later,
 * so the retry does not mail the customer a second time, and failed attempts are counted across retries.
 */
@Stateless
public class MessageLog {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    /**
     * Makes deliveries of the same message take turns until the caller's transaction ends. Without it, a second
     * delivery (the step announced twice, a redelivery) could look for the message while the first is still
     * handing it to the SMTP server, find nothing recorded, and mail the customer again. A PostgreSQL advisory lock
     * rather than a row lock, because the message row is written in transactions of its own.
     */
    public void takeTurn(long orderId, String template, String reference) {
        em.createNativeQuery("select count(*) from pg_advisory_xact_lock(hashtext('customer_messages'), hashtext(?1))")
                .setParameter(1, orderId + "/" + template + "/" + reference)
                .getSingleResult();
    }

    public Optional<CustomerMessage> find(long orderId, String template, String reference) {
        return em.createQuery("select m from CustomerMessage m where m.orderId = :order and m.template = :template"
                        + " and m.reference = :reference", CustomerMessage.class)
                .setParameter("order", orderId)
                .setParameter("template", template)
                .setParameter("reference", reference)
                .getResultList().stream().findFirst();
    }

    /** The first attempt at a message went out; a further one is {@link #sentAgain}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public CustomerMessage sent(long orderId, long customerId, String reference, String recipient, RenderedMail mail) {
        CustomerMessage message = firstAttempt(orderId, customerId, reference, recipient, mail);
        message.sent(Instant.now());
        return message;
    }

    /** The first attempt at a message failed; a further one is {@link #failedAgain}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public CustomerMessage failed(long orderId, long customerId, String reference, String recipient,
            RenderedMail mail, String error) {
        CustomerMessage message = firstAttempt(orderId, customerId, reference, recipient, mail);
        message.failed(error);
        return message;
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

    /**
     * The caller looked for the message after taking its turn ({@link #takeTurn}), which it holds until its own
     * transaction ends, and found none, so the log is not asked again.
     */
    private CustomerMessage firstAttempt(long orderId, long customerId, String reference, String recipient,
            RenderedMail mail) {
        CustomerMessage created = new CustomerMessage(orderId, customerId, mail.template().code(), reference,
                recipient, mail.subject(), mail.body());
        em.persist(created);
        return created;
    }
}
