package com.agora.kernel.agent;

import java.time.Instant;

public record AgentStatus(
        String key,
        String name,
        String responsibility,
        AgentState state,
        boolean databaseReachable,
        boolean queueReachable,
        long backlog,
        long eventsHandled,
        long eventsFailed,
        long deadLettered,
        Instant lastEventAt) {

    public boolean ready() {
        return state == AgentState.READY;
    }

    public static AgentStatus notImplemented(Agent agent) {
        return new AgentStatus(agent.key(), agent.displayName(), agent.responsibility(), AgentState.NOT_IMPLEMENTED,
                false, false, 0, 0, 0, 0, null);
    }
}
