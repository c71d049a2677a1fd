package com.agora.kernel.event;

import com.agora.events.EventType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An event as an agent receives it: the envelope, with the payload already decoded to its record. */
public record ReceivedEvent(UUID eventId, EventType type, Instant occurredAt, long aggregateId, String source,
        Object payload) {

    public <T> T payload(Class<T> expected) {
        return expected.cast(payload);
    }

    /** The payloads of the given type among the events, in their order. */
    public static <T> List<T> payloads(List<ReceivedEvent> events, Class<T> type) {
        return events.stream().map(ReceivedEvent::payload).filter(type::isInstance).map(type::cast).toList();
    }
}
