package com.agora.kernel.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.agora.events.EventType;
import com.agora.events.KernelProbe;
import com.agora.kernel.event.ReceivedEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdempotentConsumerTest {

    @Test
    void handlesABatchAggregateByAggregateKeepingEachAggregatesOrder() {
        ReceivedEvent secondOrderFirst = event(42, 1);
        ReceivedEvent firstOrderFirst = event(7, 2);
        ReceivedEvent secondOrderThen = event(42, 3);
        ReceivedEvent firstOrderThen = event(7, 4);

        List<ReceivedEvent> ordered = IdempotentConsumer.inLockOrder(
                List.of(secondOrderFirst, firstOrderFirst, secondOrderThen, firstOrderThen));

        assertEquals(List.of(firstOrderFirst, firstOrderThen, secondOrderFirst, secondOrderThen), ordered);
    }

    private static ReceivedEvent event(long orderId, int sequence) {
        return new ReceivedEvent(UUID.randomUUID(), EventType.KERNEL_PROBE, Instant.EPOCH, orderId, "test",
                new KernelProbe(1, sequence, Instant.EPOCH));
    }
}
