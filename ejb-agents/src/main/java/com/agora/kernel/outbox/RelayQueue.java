package com.agora.kernel.outbox;

/**
 * What the relay has still to send: {@code outbox_unrelayed}, one narrow row per unsent event (its position, type
 * and target). The outbox itself is insert-only, and every statement that writes events into it queues them in the
 * same statement, so an event is never written without being queued.
 */
public final class RelayQueue {

    private static final String QUEUE =
            "insert into outbox_unrelayed (position, event_type, target) select * from written";

    private RelayQueue() {
    }

    /**
     * @param outboxInsert an {@code insert into outbox_events ...} with no {@code returning} clause
     * @return the same insert, which also queues the rows it writes
     */
    public static String queuing(String outboxInsert) {
        return "with " + written(outboxInsert) + " " + QUEUE;
    }

    /**
     * @param outboxInsert an {@code insert into outbox_events ...} with no {@code returning} clause
     * @return two clauses of a {@code WITH}, {@code written} (the insert) and {@code queued}, for a statement that
     *         writes other rows too
     */
    public static String queuingClauses(String outboxInsert) {
        return written(outboxInsert) + ", queued as (" + QUEUE + ")";
    }

    private static String written(String outboxInsert) {
        return "written as (" + outboxInsert + " returning position, event_type, target)";
    }
}
