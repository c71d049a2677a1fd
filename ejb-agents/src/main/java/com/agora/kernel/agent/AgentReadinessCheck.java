package com.agora.kernel.agent;

import java.util.function.Supplier;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/** Readiness of one agent: deployed, its database and queue reachable, with backlog and last activity. */
public class AgentReadinessCheck implements HealthCheck {

    private final Agent agent;
    private final Supplier<AgentRegistry> registry;

    AgentReadinessCheck(Agent agent, Supplier<AgentRegistry> registry) {
        this.agent = agent;
        this.registry = registry;
    }

    @Override
    public HealthCheckResponse call() {
        AgentRegistry started = registry.get();
        if (started == null) {
            return HealthCheckResponse.named("agent-" + agent.key()).down().withData("state", "starting").build();
        }
        AgentStatus status = started.status(agent);
        HealthCheckResponseBuilder response = HealthCheckResponse.named("agent-" + agent.key())
                .status(status.ready())
                .withData("agent", agent.displayName())
                .withData("state", status.state().label())
                .withData("responsibility", agent.responsibility());
        if (status.state() != AgentState.NOT_IMPLEMENTED) {
            response.withData("database", status.databaseReachable())
                    .withData("queue", status.queueReachable())
                    .withData("backlog", status.backlog())
                    .withData("eventsHandled", status.eventsHandled())
                    .withData("eventsFailed", status.eventsFailed())
                    .withData("deadLettered", status.deadLettered())
                    .withData("lastEventAt", status.lastEventAt() == null ? "never" : status.lastEventAt().toString());
        }
        return response.build();
    }
}
