package com.agora.kernel.outbox;

/**
 * What the relay has still to send: {@code outbox_unrelayed}, one narrow row per unsent event (its position, type
 * and target). The outbox itself is insert-only, and every statement that writes events into it queues them in the
 * same statement, so an event is never written without being queued.
 */
public final class RelayQueue {

    private RelayQueue() {
    }

    /**
     * @param outboxInsert an {@code insert into outbox_events ...} with no {@code returning} clause
     * @return the same insert, which also queues the rows it writes
     */
    public static String queuing(String outboxInsert) {
        return "with written as (" + outboxInsert + " returning position, event_type, target)"
                + " insert into outbox_unrelayed (position, event_type, target) select * from written";
    }
}
