package com.agora.kernel.event;

import com.agora.kernel.agent.Agent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.Queue;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** The agents' queues, looked up once by the JNDI names server-config gives them. */
@ApplicationScoped
public class QueueDirectory {

    private final Map<Agent, Queue> queues = new ConcurrentHashMap<>();

    public Queue of(Agent agent) {
        return queues.computeIfAbsent(agent, QueueDirectory::lookup);
    }

    private static Queue lookup(Agent agent) {
        try {
            return (Queue) new InitialContext().lookup(agent.queueJndiName());
        } catch (NamingException e) {
            throw new IllegalStateException("Queue " + agent.queueJndiName() + " is not configured on the server", e);
        }
    }
}
