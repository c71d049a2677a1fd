package com.agora.kernel.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.kernel.agent.Agent;
import com.agora.kernel.event.UnreadableEventException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RelayPlanTest {

    @Test
    void eachSubscriberGetsOneMessageWithEveryEventPendingForIt() {
        List<OutboxRow> rows = List.of(row(1, "OrderPlaced"), row(2, "OrderShipped"), row(3, "OrderPlaced"));

        List<RelayPlan.Delivery> deliveries = RelayPlan.of(rows, 50).deliveries();

        RelayPlan.Delivery inventory = deliveries.stream().filter(d -> d.subscriber() == Agent.INVENTORY).findFirst()
                .orElseThrow();
        assertEquals(List.of("{\"n\":1}", "{\"n\":2}", "{\"n\":3}"), inventory.envelopes());
        assertEquals(List.of(Agent.INVENTORY, Agent.PAYMENT, Agent.DOCUMENT_GENERATION,
                Agent.CUSTOMER_COMMUNICATION), deliveries.stream().map(RelayPlan.Delivery::subscriber).toList());
        assertEquals(1, deliveries.get(1).envelopes().size());
    }

    @Test
    void aBusySubscribersEventsAreCutIntoBatchesOfTheLargestSize() {
        List<OutboxRow> rows = IntStream.rangeClosed(1, 120).mapToObj(n -> row(n, "OrderPlaced")).toList();

        List<RelayPlan.Delivery> deliveries = RelayPlan.of(rows, 50).deliveries();

        assertEquals(List.of(50, 50, 20), deliveries.stream().map(d -> d.envelopes().size()).toList());
        assertEquals("{\"n\":51}", deliveries.get(1).envelopes().get(0));
    }

    @Test
    void aReplayGoesToItsTargetAloneAndAnEventNobodyListensToGoesNowhere() {
        List<OutboxRow> rows = List.of(new OutboxRow(1, "OrderShipped", "payment", "{\"n\":1}"),
                row(2, "NoSuchEvent"));

        List<RelayPlan.Delivery> deliveries = RelayPlan.of(rows, 50).deliveries();

        assertEquals(1, deliveries.size());
        assertEquals(Agent.PAYMENT, deliveries.get(0).subscriber());
    }

    @Test
    void aSubscriberWithoutRoomKeepsItsEventsInTheOutboxWhileTheOthersGetThem() {
        List<OutboxRow> rows = IntStream.rangeClosed(1, 120).mapToObj(n -> row(n, "OrderShipped")).toList();

        RelayPlan plan = RelayPlan.of(rows, 50, agent -> agent == Agent.INVENTORY ? 1 : 0);

        assertEquals(List.of(Agent.INVENTORY), plan.deliveries().stream().map(RelayPlan.Delivery::subscriber).toList());
        assertEquals(50, plan.deliveries().get(0).envelopes().size());
        // What Inventory got, the others get later from copies; what nobody got stays as it is.
        assertEquals(List.of(Agent.PAYMENT, Agent.DOCUMENT_GENERATION, Agent.CUSTOMER_COMMUNICATION),
                List.copyOf(plan.copies().keySet()));
        assertEquals(LongStream.rangeClosed(1, 50).boxed().toList(),
                plan.copies().get(Agent.PAYMENT).stream().map(OutboxRow::position).toList());
        assertEquals(LongStream.rangeClosed(51, 120).boxed().collect(Collectors.toSet()), plan.unrelayed());
    }

    @Test
    void anEventTypeWaitsWhenEverySubscriberOfItWaits() {
        List<String> waiting = RelayPlan.typesWaitingFor(Set.of(Agent.INVENTORY));

        assertTrue(waiting.contains("OrderPlaced"));
        assertFalse(waiting.contains("OrderShipped"));
    }

    @Test
    void aBatchIsReadBackAsTheEnvelopesItCarries() {
        List<String> envelopes = List.of("{\"a\":1}", "{\"b\":[1,2]}");

        assertEquals(envelopes, texts(EventBatch.split(EventBatch.join(envelopes))));
        assertEquals(List.of("{\"a\":1}"), texts(EventBatch.split(EventBatch.join(List.of("{\"a\":1}")))));
        assertThrows(UnreadableEventException.class, () -> EventBatch.split("[{\"a\":1},"));
    }

    private static List<String> texts(List<EventBatch.Envelope> envelopes) {
        return envelopes.stream().map(EventBatch.Envelope::text).toList();
    }

    private static OutboxRow row(long position, String type) {
        return new OutboxRow(position, type, null, "{\"n\":" + position + "}");
    }
}
