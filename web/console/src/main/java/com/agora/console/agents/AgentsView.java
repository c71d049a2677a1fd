package com.agora.console.agents;

import com.agora.kernel.agent.AgentRegistry;
import com.agora.kernel.agent.AgentState;
import com.agora.kernel.agent.AgentStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The state of all agents for the platform's operators; web.xml keeps the page to admins. */
@Named
@RequestScoped
public class AgentsView {

    @Inject
    AgentRegistry registry;

    private List<AgentStatus> statuses;

    public List<AgentStatus> getStatuses() {
        if (statuses == null) {
            statuses = registry.statuses();
        }
        return statuses;
    }

    /** Every state an agent can be in, so the summary counts in the same words as the table. */
    public List<AgentState> getStates() {
        return List.of(AgentState.values());
    }

    public long count(AgentState state) {
        return getStatuses().stream().filter(s -> s.state() == state).count();
    }
}
