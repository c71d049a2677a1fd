package com.agora.kernel.messaging;

import com.agora.kernel.agent.Agent;
import com.agora.kernel.event.ReceivedEvent;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Base of every agent's message-driven bean: the kernel does decoding, idempotency, metrics, retry and dead
 * letters, so an agent's inbox only says which agent it feeds and how each event maps to a business call.
 */
public abstract class AgentInbox implements MessageListener {

    @Inject
    EventDelivery delivery;

    @Override
    public void onMessage(Message message) {
        delivery.deliver(agent(), message, this::handle);
    }

    protected abstract Agent agent();

    protected abstract void handle(ReceivedEvent event);
}
