package com.agora.infrastructure.boundary;

import com.agora.events.EventType;
import com.agora.events.KernelProbe;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.event.EventPublisher;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Sends probe events through the kernel alone, to the Infrastructure agent whose handler does nothing, so ops and
 * the benchmark can see what the delivery path costs (deliveries per second) apart from any business work.
 */
@Stateless
public class KernelProbes {

    /** Launch is one request: past this it is a load test that belongs in bench/, not in one API call. */
    public static final int MAX_EVENTS = 200_000;

    public record Launch(long runId, int events, int eventsPerTransaction, Instant launchedAt) {
    }

    @Inject
    EventPublisher events;

    @Resource
    SessionContext context;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Launch launch(int count, int perTransaction) {
        if (count < 1 || count > MAX_EVENTS) {
            throw DomainProblem.invalid("events", "must be between 1 and " + MAX_EVENTS);
        }
        if (perTransaction < 1 || perTransaction > 1_000) {
            throw DomainProblem.invalid("eventsPerTransaction", "must be between 1 and 1000");
        }
        long runId = System.currentTimeMillis();
        Instant launchedAt = Instant.now();
        KernelProbes self = context.getBusinessObject(KernelProbes.class);
        for (int from = 0; from < count; from += perTransaction) {
            self.publish(runId, from, Math.min(from + perTransaction, count));
        }
        return new Launch(runId, count, perTransaction, launchedAt);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void publish(long runId, int from, int to) {
        for (int sequence = from; sequence < to; sequence++) {
            events.publish(Agent.INFRASTRUCTURE, EventType.KERNEL_PROBE, runId,
                    new KernelProbe(runId, sequence, Instant.now()));
        }
    }

    /** The probe's whole point is the kernel's work around this call: its receipt, batch and acknowledgement. */
    public void probeReceived(KernelProbe probe) {
        // deliberately no business work
    }
}
