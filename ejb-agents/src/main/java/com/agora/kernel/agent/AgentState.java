package com.agora.kernel.agent;

public enum AgentState {
    READY("ready"),
    /** Deployed, but its database or its queue cannot be reached. */
    DEGRADED("degraded"),
    /** Not built yet: it says so instead of pretending to be up. */
    NOT_IMPLEMENTED("not-implemented");

    private final String label;

    AgentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
