package com.agora.kernel.outbox;

import com.agora.kernel.event.UnreadableEventException;
import com.agora.kernel.json.JsonSupport;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * The body of a message between agents: either one event envelope (a JSON object) or a batch of them (a JSON
 * array of envelopes). Both forms are read, so a single event sent by hand or by an older relay is a batch of one.
 */
public final class EventBatch {

    private EventBatch() {
    }

    public static String join(List<String> envelopes) {
        if (envelopes.size() == 1) {
            return envelopes.get(0);
        }
        return "[" + String.join(",", envelopes) + "]";
    }

    /**
     * One envelope of a message: its text (what a retry or a dead letter carries) and, when it came in a batch, the
     * JSON the batch was already read into, so it is not read a second time. The text of an envelope of a batch is
     * written from that JSON only when it is asked for, which only a failing event does.
     */
    public static final class Envelope {

        private final JsonObject json;
        private String text;

        Envelope(String text, JsonObject json) {
            this.text = text;
            this.json = json;
        }

        public String text() {
            if (text == null) {
                text = json.toString();
            }
            return text;
        }

        /** @return the JSON the batch was read into; null for an envelope that came alone */
        public JsonObject json() {
            return json;
        }
    }

    /** @throws UnreadableEventException when the text is neither an envelope nor an array of envelopes */
    public static List<Envelope> split(String body) {
        String text = body == null ? "" : body.strip();
        if (!text.startsWith("[")) {
            return List.of(new Envelope(text, null));
        }
        try {
            JsonArray array = JsonSupport.parseArray(text);
            return array.stream()
                    .map(value -> value.getValueType() == JsonValue.ValueType.OBJECT
                            ? new Envelope(null, value.asJsonObject()) : new Envelope(value.toString(), null))
                    .toList();
        } catch (RuntimeException e) {
            throw new UnreadableEventException("not a batch of events: " + e.getMessage());
        }
    }
}
