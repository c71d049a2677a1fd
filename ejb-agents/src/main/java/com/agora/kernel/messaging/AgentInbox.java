package com.agora.kernel.messaging;

import com.agora.kernel.agent.Agent;
import jakarta.ejb.EJB;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Base of every agent's message-driven bean: the kernel does decoding, batching, idempotency, metrics, retry and
 * dead letters, so an agent's inbox only says which agent it feeds and which business call each event becomes.
 *
 * <p>The listener runs outside any container transaction: the message is acknowledged when it returns, and the
 * events it carries are handled in local database transactions of their own. A crash before the acknowledgement
 * brings the message back, and the receipts committed with the handled events make the repeat harmless.
 */
public abstract class AgentInbox implements MessageListener {

    @EJB
    EventDelivery delivery;

    private InboxHandlers handlers;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onMessage(Message message) {
        delivery.deliver(agent(), message, handlers());
    }

    public abstract Agent agent();

    /**
     * Declares the handlers; the lambdas must only call the injected beans when invoked, because the routing check
     * declares them on an instance nothing was injected into.
     */
    protected abstract void declare(InboxHandlers handlers);

    public final InboxHandlers handlers() {
        if (handlers == null) {
            InboxHandlers declared = new InboxHandlers();
            declare(declared);
            handlers = declared;
        }
        return handlers;
    }
}
