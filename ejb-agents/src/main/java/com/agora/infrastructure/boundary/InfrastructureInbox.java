package com.agora.infrastructure.boundary;

import com.agora.events.EventType;
import com.agora.events.KernelProbe;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.messaging.AgentInbox;
import com.agora.kernel.messaging.InboxHandlers;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;

@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/agora/infrastructure"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class InfrastructureInbox extends AgentInbox {

    @EJB
    KernelProbes probes;

    @Override
    public Agent agent() {
        return Agent.INFRASTRUCTURE;
    }

    @Override
    protected void declare(InboxHandlers handlers) {
        handlers.on(EventType.KERNEL_PROBE, KernelProbe.class, probe -> probes.probeReceived(probe));
    }
}
