package com.agora.communication.boundary;

import com.agora.communication.entity.CustomerMessage;
import java.time.Instant;
import java.util.Locale;

/** What clients and the console see of the messages sent to customers. */
public final class CommunicationViews {

    private CommunicationViews() {
    }

    public record MessageView(long id, long orderId, long customerId, String recipient, String template,
            String subject, String body, String status, String error, int attempts, Instant createdAt,
            Instant sentAt) {
    }

    static MessageView view(CustomerMessage m) {
        return new MessageView(m.getId(), m.getOrderId(), m.getCustomerId(), m.getRecipient(), m.getTemplate(),
                m.getSubject(), m.getBody(), m.getStatus().name().toLowerCase(Locale.ROOT), m.getError(),
                m.getAttempts(), m.getCreatedAt(), m.getSentAt());
    }
}
