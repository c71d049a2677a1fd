package com.agora.kernel.outbox;

import com.agora.events.EventType;
import com.agora.kernel.agent.Agent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns locked outbox rows into JMS messages: one message per subscriber carrying every event pending for it, cut
 * into batches of at most {@code maxEventsPerMessage}. At low load a pass holds one event and each subscriber gets
 * a message of one; under load the batches grow, and so does the work each consumer transaction carries.
 */
public final class RelayPlan {

    /** The events one message carries to one agent, in outbox order. */
    public record Delivery(Agent subscriber, List<String> envelopes) {

        public String body() {
            return EventBatch.join(envelopes);
        }
    }

    private RelayPlan() {
    }

    public static List<Delivery> of(List<OutboxRow> rows, int maxEventsPerMessage) {
        Map<Agent, List<String>> pending = new LinkedHashMap<>();
        for (OutboxRow row : rows) {
            for (Agent subscriber : subscribersOf(row)) {
                pending.computeIfAbsent(subscriber, s -> new ArrayList<>()).add(row.envelope());
            }
        }
        List<Delivery> deliveries = new ArrayList<>();
        pending.forEach((subscriber, envelopes) -> {
            for (int from = 0; from < envelopes.size(); from += maxEventsPerMessage) {
                int to = Math.min(from + maxEventsPerMessage, envelopes.size());
                deliveries.add(new Delivery(subscriber, List.copyOf(envelopes.subList(from, to))));
            }
        });
        return deliveries;
    }

    /** A row names its one target (a replay), or goes to the subscribers its type's routing lists. */
    private static List<Agent> subscribersOf(OutboxRow row) {
        if (row.target() != null) {
            return Agent.byKey(row.target()).map(List::of).orElse(List.of());
        }
        Optional<EventType> type = EventType.byName(row.eventType());
        return type.map(EventType::subscribers).orElse(List.of());
    }
}
