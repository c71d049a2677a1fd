package com.agora.kernel.messaging;

import com.agora.kernel.event.ReceivedEvent;
import java.util.List;

/** What the kernel hands the events of one local transaction to. */
public interface EventHandler {

    /**
     * Called once per transaction, before the first event, with every event the transaction is about to handle (the
     * ones already handled before are left out). A batch holds its locks until it commits, so an agent that locks
     * rows for several events takes them all here in one global order; two batches then never wait on each other
     * in a cycle.
     */
    default void beforeAll(List<ReceivedEvent> events) {
    }

    void handle(ReceivedEvent event);

    /**
     * Called once per transaction, after its last event and before its changes are written, if it handled any. An
     * agent whose events each cause an outside effect (an e-mail, say) collects them while handling and carries
     * them out here together, so what the effects share (locks, reading and writing their log) is done once per
     * transaction; an exception rolls the whole transaction back, as from {@link #handle}.
     */
    default void afterAll() {
    }
}
