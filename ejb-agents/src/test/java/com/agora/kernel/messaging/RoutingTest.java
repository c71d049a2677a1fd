package com.agora.kernel.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.events.EventType;
import com.agora.events.OrderPlaced;
import com.agora.events.StockReserved;
import com.agora.kernel.agent.Agent;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingTest {

    private final List<AgentInbox> inboxes = Routing.inboxesBeside(AgentInbox.class);

    @Test
    void theRoutingTableAndTheInboxesAgree() {
        assertFalse(inboxes.isEmpty(), "no inbox class found next to the kernel");
        assertEquals(List.of(), Routing.mismatches(inboxes));
    }

    @Test
    void everyInboxListensOnItsAgentsQueue() {
        for (AgentInbox inbox : inboxes) {
            MessageDriven bean = inbox.getClass().getAnnotation(MessageDriven.class);
            String queue = Arrays.stream(bean.activationConfig())
                    .filter(p -> p.propertyName().equals("destinationLookup"))
                    .map(ActivationConfigProperty::propertyValue).findFirst().orElse("none");
            assertEquals(inbox.agent().queueJndiName(), queue, inbox.getClass().getSimpleName());
        }
    }

    @Test
    void aSubscriberWithoutAnInboxIsReported() {
        List<AgentInbox> withoutInventory = new ArrayList<>(inboxes);
        withoutInventory.removeIf(inbox -> inbox.agent() == Agent.INVENTORY);

        assertTrue(Routing.mismatches(withoutInventory)
                .contains("OrderPlaced is routed to inventory, which has no inbox"));
    }

    @Test
    void aHandlerTheRoutingTableDoesNotFeedAndAMissingHandlerAreReported() {
        List<AgentInbox> withStrayOrderInbox = new ArrayList<>(inboxes);
        withStrayOrderInbox.removeIf(inbox -> inbox.agent() == Agent.ORDER);
        withStrayOrderInbox.add(new StrayOrderInbox());

        List<String> problems = Routing.mismatches(withStrayOrderInbox);

        assertTrue(problems.contains("order handles OrderPlaced, which the routing table does not send it"), problems.toString());
        assertFalse(problems.contains("StockReserved is routed to order, whose inbox has no handler for it"),
                problems.toString());
        assertTrue(problems.contains("FraudAssessed is routed to order, whose inbox has no handler for it"),
                problems.toString());
    }

    @Test
    void aHandlerWiredToTheWrongPayloadIsRefusedWhenDeclared() {
        InboxHandlers handlers = new InboxHandlers();

        assertThrows(IllegalArgumentException.class,
                () -> handlers.on(EventType.ORDER_PLACED, StockReserved.class, event -> { }));
    }

    /** An Order inbox that handles one event routed elsewhere and only one of its own. */
    static class StrayOrderInbox extends AgentInbox {

        @Override
        public Agent agent() {
            return Agent.ORDER;
        }

        @Override
        protected void declare(InboxHandlers handlers) {
            handlers.on(EventType.ORDER_PLACED, OrderPlaced.class, event -> { })
                    .on(EventType.STOCK_RESERVED, StockReserved.class, event -> { });
        }
    }
}
