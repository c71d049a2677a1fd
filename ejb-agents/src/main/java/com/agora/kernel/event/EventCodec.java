package com.agora.kernel.event;

import com.agora.events.EventType;
import com.agora.kernel.json.JsonSupport;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.yasson.YassonJsonb;

/**
 * Writes and reads the JSON envelope every event travels in:
 * {@code {"eventId", "type", "occurredAt", "aggregateId", "source", "payload": {...}}}.
 */
public final class EventCodec {

    private static final Jsonb JSONB = JsonbBuilder.create();
    /** The same JSON-B, for binding a payload from JSON already read (Payara's JSON-B is Yasson). */
    private static final YassonJsonb TREE_BINDING = (YassonJsonb) JSONB;

    private EventCodec() {
    }

    public static String encode(UUID eventId, EventType type, Instant occurredAt, long aggregateId, String source,
            Object payload) {
        String envelope = JsonSupport.object()
                .add("eventId", eventId.toString())
                .add("type", type.typeName())
                .add("occurredAt", occurredAt.toString())
                .add("aggregateId", aggregateId)
                .add("source", source)
                .build()
                .toString();
        // The payload's JSON goes in as JSON-B wrote it: parsing it back only to embed it cost a parse per event.
        return envelope.substring(0, envelope.length() - 1) + ",\"payload\":" + JSONB.toJson(payload) + "}";
    }

    /** @throws UnreadableEventException when the text is not a well-formed event of a known type */
    public static ReceivedEvent decode(String text) {
        JsonObject json;
        try {
            json = JsonSupport.parseObject(text);
        } catch (RuntimeException e) {
            throw new UnreadableEventException(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return decode(json);
    }

    /** The same for an envelope already read as JSON (one of a batch). */
    public static ReceivedEvent decode(JsonObject json) {
        try {
            String typeName = json.getString("type");
            EventType type = EventType.byName(typeName)
                    .orElseThrow(() -> new UnreadableEventException("unknown event type " + typeName));
            Object payload = TREE_BINDING.fromJsonStructure(json.getJsonObject("payload"), type.payloadType());
            return new ReceivedEvent(UUID.fromString(json.getString("eventId")), type,
                    Instant.parse(json.getString("occurredAt")), json.getJsonNumber("aggregateId").longValue(),
                    json.getString("source"), payload);
        } catch (UnreadableEventException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UnreadableEventException(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
