package com.agora.kernel.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OutboxRelayTest {

    private static final int ROWS_PER_PASS = 500;
    private static final int EVENTS_PER_MESSAGE = 50;

    /**
     * The relay queue as a pass sees it: rows oldest first, each for one agent; a pass reads the oldest rows of the
     * agents with room (what {@code OutboxRows.lockDue} selects), sends each agent as many messages as it has room
     * for, and leaves the rest.
     */
    private static final class Queue {

        private final List<String> rows = new ArrayList<>();
        private final Map<String, Integer> room = new LinkedHashMap<>();
        private final Map<String, Integer> relayed = new LinkedHashMap<>();

        Queue add(String agent, int events, int messagesOfRoom) {
            for (int i = 0; i < events; i++) {
                rows.add(agent);
            }
            room.put(agent, messagesOfRoom);
            return this;
        }

        OutboxRelay.Pass pass() {
            Map<String, Integer> read = new LinkedHashMap<>();
            int readRows = 0;
            for (String agent : rows) {
                if (readRows == ROWS_PER_PASS) {
                    break;
                }
                if (room.get(agent) > 0) {
                    read.merge(agent, 1, Integer::sum);
                    readRows++;
                }
            }
            int taken = 0;
            for (Map.Entry<String, Integer> agent : read.entrySet()) {
                int messages = Math.min(room.get(agent.getKey()),
                        (agent.getValue() + EVENTS_PER_MESSAGE - 1) / EVENTS_PER_MESSAGE);
                int take = Math.min(agent.getValue(), messages * EVENTS_PER_MESSAGE);
                room.merge(agent.getKey(), -messages, Integer::sum);
                relayed.merge(agent.getKey(), take, Integer::sum);
                taken += take;
                Iterator<String> row = rows.iterator();
                for (int left = take; left > 0 && row.hasNext();) {
                    if (row.next().equals(agent.getKey())) {
                        row.remove();
                        left--;
                    }
                }
            }
            return new OutboxRelay.Pass(readRows, taken);
        }

        int relayedTo(String agent) {
            return relayed.getOrDefault(agent, 0);
        }
    }

    @Test
    void aSlowAgentsBacklogDoesNotHoldBackNewerEventsForAnIdleAgent() {
        Queue queue = new Queue().add("customer-communication", 1_000, 1).add("carrier", 10, 4);

        int relayed = OutboxRelay.untilCaughtUp(queue::pass, ROWS_PER_PASS, () -> false);

        assertEquals(10, queue.relayedTo("carrier"), "the idle agent's events, behind the backlog");
        assertEquals(EVENTS_PER_MESSAGE, queue.relayedTo("customer-communication"), "one message of room");
        assertEquals(10 + EVENTS_PER_MESSAGE, relayed);
    }

    @Test
    void fullPassesGoOnUntilOneReadsLessThanItsLimit() {
        Queue queue = new Queue().add("inventory", 1_200, 100);

        int relayed = OutboxRelay.untilCaughtUp(queue::pass, ROWS_PER_PASS, () -> false);

        assertEquals(1_200, relayed);
        assertEquals(1_200, queue.relayedTo("inventory"));
    }

    @Test
    void aFullPassThatRelayedNothingIsTheLast() {
        AtomicInteger passes = new AtomicInteger();

        OutboxRelay.untilCaughtUp(() -> {
            passes.incrementAndGet();
            return new OutboxRelay.Pass(ROWS_PER_PASS, 0);
        }, ROWS_PER_PASS, () -> false);

        assertEquals(1, passes.get());
    }

    @Test
    void stoppingEndsThePassesAfterTheCurrentOne() {
        AtomicInteger passes = new AtomicInteger();

        OutboxRelay.untilCaughtUp(() -> {
            passes.incrementAndGet();
            return new OutboxRelay.Pass(ROWS_PER_PASS, ROWS_PER_PASS);
        }, ROWS_PER_PASS, () -> true);

        assertEquals(1, passes.get());
    }
}
