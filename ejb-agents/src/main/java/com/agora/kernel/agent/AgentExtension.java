package com.agora.kernel.agent;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Readiness;

/**
 * Discovers which agents are deployed and gives every one of the 26 agents its own readiness check, so that
 * {@code /health/ready} lists the whole platform from day one without 26 copies of the same class.
 */
public class AgentExtension implements Extension {

    private final Set<Agent> implemented = Collections.synchronizedSet(EnumSet.noneOf(Agent.class));

    /**
     * Handed over by the registry once the application starts. Payara creates health checks from the bean
     * manager of whichever module initialises first, which may not see the agents' module, so the checks must
     * not resolve the registry themselves.
     */
    private volatile AgentRegistry registry;

    <T> void collectAgents(@Observes @WithAnnotations(BusinessAgent.class) ProcessAnnotatedType<T> type) {
        BusinessAgent marker = type.getAnnotatedType().getAnnotation(BusinessAgent.class);
        if (marker != null) {
            implemented.add(marker.value());
        }
    }

    void addReadinessChecks(@Observes AfterBeanDiscovery discovery) {
        for (Agent agent : Agent.values()) {
            discovery.addBean()
                    .id("agora-readiness-" + agent.key())
                    .beanClass(AgentReadinessCheck.class)
                    .types(HealthCheck.class, Object.class)
                    .qualifiers(Readiness.Literal.INSTANCE, NamedLiteral.of("agent-" + agent.key()))
                    .scope(Dependent.class)
                    .createWith(context -> new AgentReadinessCheck(agent, () -> registry));
        }
    }

    void attach(AgentRegistry started) {
        registry = started;
    }

    public Set<Agent> implementedAgents() {
        return Set.copyOf(implemented);
    }
}
