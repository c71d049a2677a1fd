package com.agora.kernel.event;

import java.time.Instant;

/**
 * Fired as a CDI event whenever an agent has handled an event, so live views such as the
 * console overview can refresh without polling the database.
 */
public record AgentActivity(String agent, String eventType, long aggregateId, Instant handledAt) {
}
