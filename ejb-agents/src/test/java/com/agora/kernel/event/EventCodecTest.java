package com.agora.kernel.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.agora.events.EventType;
import com.agora.events.OrderPlaced;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    @Test
    void anEventSurvivesTheRoundTripWithItsTypedPayload() {
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-25T10:15:30Z");
        OrderPlaced placed = new OrderPlaced(42, "AG-00000042", 3, 9, List.of(new OrderPlaced.Line(5, 6, 2)));

        ReceivedEvent event = EventCodec.decode(EventCodec.encode(id, EventType.ORDER_PLACED, at, 42, "order", placed));

        assertEquals(id, event.eventId());
        assertEquals(EventType.ORDER_PLACED, event.type());
        assertEquals(at, event.occurredAt());
        assertEquals(placed, event.payload(OrderPlaced.class));
    }

    @Test
    void garbageAndUnknownTypesAreUnreadable() {
        assertThrows(UnreadableEventException.class, () -> EventCodec.decode("not json"));
        assertThrows(UnreadableEventException.class, () -> EventCodec.decode(
                "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"Nope\",\"occurredAt\":\"2026-01-01T00:00:00Z\","
                        + "\"aggregateId\":1,\"source\":\"x\",\"payload\":{}}"));
    }
}
