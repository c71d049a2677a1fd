package com.agora.kernel.outbox;

import com.agora.events.EventType;
import com.agora.kernel.agent.Agent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Turns locked outbox rows into JMS messages: one message per subscriber carrying every event pending for it, cut
 * into batches of at most {@code maxEventsPerMessage}. At low load a pass holds one event and each subscriber gets
 * a message of one. A subscriber that already has as many messages in flight as it has listeners gets no more:
 * its events wait in the outbox, where the next pass finds more of them, so under load its batches grow instead of
 * its queue.
 *
 * @param deliveries what to send now
 * @param copies     per subscriber, rows that went to other subscribers but are to wait for this one: each needs
 *                   a copy addressed to it
 * @param unrelayed  positions of rows that no subscriber gets now: they stay in the outbox as they are
 */
public record RelayPlan(List<Delivery> deliveries, Map<Agent, List<OutboxRow>> copies, Set<Long> unrelayed) {

    /** The events one message carries to one agent, in outbox order. */
    public record Delivery(Agent subscriber, List<String> envelopes) {

        public String body() {
            return EventBatch.join(envelopes);
        }
    }

    /** Without a window: every subscriber gets every event now. */
    public static RelayPlan of(List<OutboxRow> rows, int maxEventsPerMessage) {
        return of(rows, maxEventsPerMessage, subscriber -> Integer.MAX_VALUE);
    }

    /**
     * @param room how many more messages each subscriber may be sent now
     */
    public static RelayPlan of(List<OutboxRow> rows, int maxEventsPerMessage, ToIntFunction<Agent> room) {
        Map<Agent, List<OutboxRow>> pending = new LinkedHashMap<>();
        for (OutboxRow row : rows) {
            for (Agent subscriber : subscribersOf(row)) {
                pending.computeIfAbsent(subscriber, s -> new ArrayList<>()).add(row);
            }
        }
        List<Delivery> deliveries = new ArrayList<>();
        Set<Long> sent = new HashSet<>();
        Map<Agent, List<OutboxRow>> held = new LinkedHashMap<>();
        pending.forEach((subscriber, waiting) -> {
            int messages = room.applyAsInt(subscriber);
            int from = 0;
            for (; from < waiting.size() && messages > 0; from += maxEventsPerMessage, messages--) {
                List<OutboxRow> batch = waiting.subList(from, Math.min(from + maxEventsPerMessage, waiting.size()));
                batch.forEach(row -> sent.add(row.position()));
                deliveries.add(new Delivery(subscriber, batch.stream().map(OutboxRow::envelope).toList()));
            }
            if (from < waiting.size()) {
                held.put(subscriber, waiting.subList(from, waiting.size()));
            }
        });
        Set<Long> unrelayed = new HashSet<>();
        Map<Agent, List<OutboxRow>> copies = new LinkedHashMap<>();
        held.forEach((subscriber, waiting) -> {
            List<OutboxRow> toCopy = new ArrayList<>();
            for (OutboxRow row : waiting) {
                if (sent.contains(row.position())) {
                    toCopy.add(row);
                } else {
                    unrelayed.add(row.position());
                }
            }
            if (!toCopy.isEmpty()) {
                copies.put(subscriber, List.copyOf(toCopy));
            }
        });
        return new RelayPlan(List.copyOf(deliveries), copies, Set.copyOf(unrelayed));
    }

    /**
     * The event types none of whose subscribers may be sent anything now: their rows need not even be read.
     *
     * @param waiting the agents with no room
     */
    public static List<String> typesWaitingFor(Set<Agent> waiting) {
        return Arrays.stream(EventType.values())
                .filter(type -> !type.subscribers().isEmpty() && waiting.containsAll(type.subscribers()))
                .map(EventType::typeName).toList();
    }

    /** A row names its one target (a replay, or events held for that agent), or goes to its type's subscribers. */
    private static List<Agent> subscribersOf(OutboxRow row) {
        if (row.target() != null) {
            return Agent.byKey(row.target()).map(List::of).orElse(List.of());
        }
        Optional<EventType> type = EventType.byName(row.eventType());
        return type.map(EventType::subscribers).orElse(List.of());
    }
}
