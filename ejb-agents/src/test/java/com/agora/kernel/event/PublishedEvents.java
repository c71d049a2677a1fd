package com.agora.kernel.event;

import com.agora.events.EventType;
import com.agora.kernel.agent.Agent;
import java.util.List;
import java.util.UUID;

/** An event publisher for unit tests: it adds each published payload to the test's list instead of the outbox. */
public class PublishedEvents extends EventPublisher {

    private final List<Object> payloads;

    public PublishedEvents(List<Object> payloads) {
        this.payloads = payloads;
    }

    @Override
    public UUID publish(Agent source, EventType type, long aggregateId, Object payload) {
        payloads.add(payload);
        return UUID.randomUUID();
    }
}
