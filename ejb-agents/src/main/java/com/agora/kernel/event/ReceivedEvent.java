package com.agora.kernel.event;

import com.agora.events.EventType;
import java.time.Instant;
import java.util.UUID;

/** An event as an agent receives it: the envelope, with the payload already decoded to its record. */
public record ReceivedEvent(UUID eventId, EventType type, Instant occurredAt, long aggregateId, String source,
        Object payload) {

    public <T> T payload(Class<T> expected) {
        return expected.cast(payload);
    }
}
