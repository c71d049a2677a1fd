package com.agora.kernel.messaging;

import com.agora.events.EventType;
import com.agora.kernel.event.ReceivedEvent;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What an inbox handles: one business call per event type. Declared as data rather than as a switch, so the kernel
 * can check at deployment (and a unit test without a server) that the routing table and the inboxes agree.
 */
public final class InboxHandlers implements EventHandler {

    private final Map<EventType, Consumer<ReceivedEvent>> handlers = new EnumMap<>(EventType.class);
    private Consumer<List<ReceivedEvent>> preparation = events -> { };
    private Runnable completion = () -> { };

    /**
     * @param payload the event's payload type, stated so a handler wired to the wrong type fails at declaration
     *                rather than on the first event
     */
    public <T> InboxHandlers on(EventType type, Class<T> payload, Consumer<T> handler) {
        if (!type.payloadType().equals(payload)) {
            throw new IllegalArgumentException(type.typeName() + " carries " + type.payloadType().getSimpleName()
                    + ", not " + payload.getSimpleName());
        }
        if (handlers.putIfAbsent(type, event -> handler.accept(event.payload(payload))) != null) {
            throw new IllegalArgumentException(type.typeName() + " is handled twice");
        }
        return this;
    }

    /** What to do once per transaction before its events are handled: see {@link EventHandler#beforeAll}. */
    public InboxHandlers beforeEachTransaction(Consumer<List<ReceivedEvent>> step) {
        preparation = step;
        return this;
    }

    /** What to do once per transaction after its events are handled: see {@link EventHandler#afterAll}. */
    public InboxHandlers afterEachTransaction(Runnable step) {
        completion = step;
        return this;
    }

    public Set<EventType> types() {
        return Collections.unmodifiableSet(handlers.keySet());
    }

    @Override
    public void beforeAll(List<ReceivedEvent> events) {
        preparation.accept(events);
    }

    @Override
    public void handle(ReceivedEvent event) {
        Consumer<ReceivedEvent> handler = handlers.get(event.type());
        if (handler == null) {
            throw new IllegalArgumentException("no handler for " + event.type().typeName());
        }
        handler.accept(event);
    }

    @Override
    public void afterAll() {
        completion.run();
    }
}
