package com.agora.customercommunication.entity;

import com.agora.persistence.IdentifiedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One e-mail to a customer about an order, as rendered, with how sending it went. Order, template and reference
 * identify it, so a replayed event finds the message instead of mailing the customer again.
 */
@Entity
@Table(name = "customer_messages")
public class CustomerMessage extends IdentifiedEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "order_id")
    private long orderId;

    @Column(name = "customer_id")
    private long customerId;

    /** Tells apart the messages of one template that recur on an order, such as one per refund. */
    private String reference;

    private String recipient;

    private String template;

    private String subject;

    private String body;

    @Convert(converter = MessageStatusConverter.class)
    private MessageStatus status;

    private String error;

    private int attempts;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    @Column(name = "sent_at")
    private Instant sentAt;

    protected CustomerMessage() {
    }

    public CustomerMessage(long orderId, long customerId, String template, String reference, String recipient,
            String subject, String body) {
        this.orderId = orderId;
        this.customerId = customerId;
        this.template = template;
        this.reference = reference;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
    }

    /** The SMTP server took the message. */
    public void sent(Instant at) {
        attempts++;
        status = MessageStatus.SENT;
        error = null;
        sentAt = at;
    }

    /** The next attempt goes to this address: the customer's address of now, when the message is sent again. */
    public void addressedTo(String recipient) {
        this.recipient = recipient;
    }

    /** This attempt failed; a later one may still succeed. */
    public void failed(String reason) {
        attempts++;
        status = MessageStatus.FAILED;
        error = reason;
    }

    public boolean isSent() {
        return status == MessageStatus.SENT;
    }

    public long getOrderId() {
        return orderId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getReference() {
        return reference;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getTemplate() {
        return template;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MessageStatus getStatus() {
        return status;
    }

    public String getError() {
        return error;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
