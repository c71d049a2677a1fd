package com.agora.kernel.agent;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;

/** The one place that knows the state of every agent: used by health, the system API and the console. */
@ApplicationScoped
public class AgentRegistry {

    @Inject
    AgentExtension extension;

    @Inject
    AgentDiagnostics diagnostics;

    @Inject
    AgentMetrics metrics;

    /** Created eagerly with the application, so health checks have the registry before the first request. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        extension.attach(this);
    }

    @PostConstruct
    void attach() {
        extension.attach(this);
    }

    public AgentStatus status(Agent agent) {
        if (!isImplemented(agent)) {
            return AgentStatus.notImplemented(agent);
        }
        boolean database = diagnostics.databaseReachable();
        long backlog = diagnostics.backlog(agent);
        boolean queue = backlog >= 0;
        AgentState state = database && queue ? AgentState.READY : AgentState.DEGRADED;
        return new AgentStatus(agent.key(), agent.displayName(), agent.responsibility(), state, database, queue,
                Math.max(backlog, 0), metrics.handled(agent), metrics.failed(agent), metrics.deadLettered(agent),
                metrics.lastEventAt(agent));
    }

    public List<AgentStatus> statuses() {
        return Arrays.stream(Agent.values()).map(this::status).toList();
    }

    private boolean isImplemented(Agent agent) {
        return extension.implementedAgents().contains(agent);
    }
}
