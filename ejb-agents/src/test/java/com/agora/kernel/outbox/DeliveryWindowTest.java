package com.agora.kernel.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.kernel.agent.Agent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryWindowTest {

    @Test
    void anAgentWithAllItsListenersBusyGetsNoMoreUntilOneOfItsMessagesIsHandled() {
        DeliveryWindow window = new DeliveryWindow();
        window.perAgent = 4;
        List<Long> sent = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sent.add(window.opened(Agent.ORDER));
        }
        window.opened(Agent.INVENTORY);

        assertEquals(0, window.room().get(Agent.ORDER));
        assertEquals(3, window.room().get(Agent.INVENTORY));
        assertEquals(4, window.room().get(Agent.PAYMENT));

        assertTrue(window.closed(sent.get(0)), "the relay is woken: Order had events waiting");
        assertEquals(1, window.room().get(Agent.ORDER));
        assertFalse(window.closed(sent.get(1)), "Order had room already");
        assertFalse(window.closed(sent.get(1)), "a message is closed once");
        assertFalse(window.closed(12345L), "another server's message is not this window's");
        assertEquals(2, window.room().get(Agent.ORDER));
    }
}
