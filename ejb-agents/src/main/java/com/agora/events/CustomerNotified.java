package com.agora.events;

/** Customer Communication sent (or failed to send) an e-mail about an order. */
public record CustomerNotified(long orderId, long messageId, String template, String recipient, boolean delivered,
        String error) {
}
