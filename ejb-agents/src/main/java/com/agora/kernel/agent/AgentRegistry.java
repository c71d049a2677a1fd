package com.agora.kernel.agent;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
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

    @EJB
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
        return isImplemented(agent) ? deployedStatus(agent, diagnostics.databaseReachable())
                : AgentStatus.notImplemented(agent);
    }

    /** All 26 agents; they share one database, so it is probed once for the lot. */
    public List<AgentStatus> statuses() {
        boolean database = diagnostics.databaseReachable();
        return Arrays.stream(Agent.values())
                .map(agent -> isImplemented(agent) ? deployedStatus(agent, database) : AgentStatus.notImplemented(agent))
                .toList();
    }

    private AgentStatus deployedStatus(Agent agent, boolean database) {
        long backlog = diagnostics.backlog(agent);
        boolean queue = backlog >= 0;
        AgentState state = database && queue ? AgentState.READY : AgentState.DEGRADED;
        return new AgentStatus(agent.key(), agent.displayName(), agent.responsibility(), state, database, queue,
                Math.max(backlog, 0), metrics.handled(agent), metrics.failed(agent), metrics.deadLettered(agent),
                metrics.lastEventAt(agent));
    }

    private boolean isImplemented(Agent agent) {
        return extension.implementedAgents().contains(agent);
    }
}
