package com.agora.customercommunication.boundary;

import com.agora.customercommunication.entity.CustomerMessage;
import com.agora.kernel.error.Codes;
import java.time.Instant;

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
                m.getSubject(), m.getBody(), Codes.code(m.getStatus()), m.getError(),
                m.getAttempts(), m.getCreatedAt(), m.getSentAt());
    }
}
