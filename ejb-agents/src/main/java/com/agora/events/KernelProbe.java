package com.agora.events;

import java.time.Instant;

/** A probe sent through the delivery path alone (outbox, relay, queue, batch, receipt), with no business work. */
public record KernelProbe(long runId, int sequence, Instant sentAt) {
}
