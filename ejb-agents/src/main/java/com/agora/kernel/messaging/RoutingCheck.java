package com.agora.kernel.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;

/**
 * Refuses to start the application when the routing table and the inboxes disagree, so the mistake shows at
 * deployment instead of as dead letters under load.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RoutingCheck {

    @PostConstruct
    void verify() {
        List<String> problems = Routing.mismatches(Routing.inboxesBeside(AgentInbox.class));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The routing table (EventType) and the agents' inboxes disagree: "
                    + String.join("; ", problems));
        }
    }
}
