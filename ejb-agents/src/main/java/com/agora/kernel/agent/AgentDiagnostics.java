package com.agora.kernel.agent;

import com.agora.kernel.event.QueueDirectory;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.QueueBrowser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Enumeration;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Probes the resources an agent depends on; never throws, because health checks must always answer. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AgentDiagnostics {

    private static final Logger LOG = Logger.getLogger(AgentDiagnostics.class.getName());
    /** Counting stops here: past this the exact depth no longer changes what ops do. */
    static final int BACKLOG_COUNT_LIMIT = 10_000;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    JMSContext jms;

    @Inject
    QueueDirectory queues;

    public boolean databaseReachable() {
        try {
            em.createNativeQuery("select 1").getSingleResult();
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Database not reachable: {0}", e.getMessage());
            return false;
        }
    }

    /** Messages waiting in the agent's queue, or -1 when the queue cannot be reached. */
    public long backlog(Agent agent) {
        try (QueueBrowser browser = jms.createBrowser(queues.of(agent))) {
            Enumeration<?> messages = browser.getEnumeration();
            long count = 0;
            while (messages.hasMoreElements() && count < BACKLOG_COUNT_LIMIT) {
                messages.nextElement();
                count++;
            }
            return count;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Queue of agent {0} not reachable: {1}", new Object[] {agent.key(), e.getMessage()});
            return -1;
        }
    }
}
