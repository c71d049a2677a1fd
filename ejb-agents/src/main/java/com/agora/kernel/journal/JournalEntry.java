package com.agora.kernel.journal;

import java.util.UUID;

/** One committed event of the journal, as an observer reads it: where it stands, and the event's envelope. */
public record JournalEntry(String txid, long position, UUID eventId, String eventType, long aggregateId,
        String envelope) {
}
