package com.agora.kernel.outbox;

/** One locked outbox row: what the relay needs to route and send it. */
public record OutboxRow(long position, String eventType, String target, String envelope) {
}
