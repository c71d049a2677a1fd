package com.agora.inventory.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.agora.events.EventType;
import com.agora.events.OrderCancelled;
import com.agora.events.OrderPlaced;
import com.agora.events.OrderShipped;
import com.agora.events.StockReserved;
import com.agora.events.TimelineStep;
import com.agora.inventory.control.BatchStock;
import com.agora.inventory.control.InventoryStore;
import com.agora.inventory.control.StockAlerts;
import com.agora.inventory.entity.AdjustmentType;
import com.agora.inventory.entity.InventoryItem;
import com.agora.inventory.entity.ReservationStatus;
import com.agora.inventory.entity.StockReservation;
import com.agora.inventory.entity.Warehouse;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.entity.TimelineEntry;
import com.agora.kernel.event.PublishedEvents;
import com.agora.kernel.event.ReceivedEvent;
import com.agora.kernel.messaging.UpFrontReads;
import com.agora.kernel.timeline.OrderTimeline;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InventoryReactionsTest {

    private static final long MUG = 11;
    private static final long TEA = 12;
    private static final long AUSTIN = 1;

    private final Map<Long, InventoryItem> rows = Map.of(101L, row(101, MUG, 10), 102L, row(102, TEA, 10));
    private final List<StockReservation> reservations = new ArrayList<>();
    private final List<Object> published = new ArrayList<>();
    private final List<String> questionsOfOneEvent = new ArrayList<>();
    private final List<String> questionsOfTheBatch = new ArrayList<>();
    private final List<Collection<Long>> warehouseQuestions = new ArrayList<>();
    private final List<AdjustmentType> adjustments = new ArrayList<>();
    private final InventoryReactions reactions = new InventoryReactions();

    @BeforeEach
    void wire() {
        reactions.store = new InventoryStore() {
            @Override
            public List<InventoryItem> lockRowsOf(Collection<Long> variantIds, Collection<Long> orderIds) {
                questionsOfTheBatch.add("lock rows");
                List<Long> held = reservations.stream()
                        .filter(r -> orderIds.contains(r.getOrderId()) && r.getStatus() == ReservationStatus.RESERVED)
                        .map(StockReservation::getInventoryId).toList();
                return rows.values().stream()
                        .filter(row -> variantIds.contains(row.getVariantId()) || held.contains(row.getId()))
                        .sorted(Comparator.comparing(InventoryItem::getId)).toList();
            }

            @Override
            public Map<Long, List<StockReservation>> reservationsOf(Collection<Long> orderIds) {
                questionsOfTheBatch.add("reservations");
                return reservations.stream().filter(r -> orderIds.contains(r.getOrderId()))
                        .collect(Collectors.groupingBy(StockReservation::getOrderId));
            }

            @Override
            public boolean hasReservations(long orderId) {
                questionsOfOneEvent.add("has reservations " + orderId);
                return reservations.stream().anyMatch(r -> r.getOrderId() == orderId);
            }

            @Override
            public List<InventoryItem> lockedRowsOfVariants(Collection<Long> variantIds) {
                questionsOfOneEvent.add("rows of variants " + variantIds);
                return rows.values().stream().filter(row -> variantIds.contains(row.getVariantId()))
                        .sorted(Comparator.comparing(InventoryItem::getId)).toList();
            }

            @Override
            public List<StockReservation> heldFor(long orderId) {
                questionsOfOneEvent.add("held for " + orderId);
                return reservations.stream()
                        .filter(r -> r.getOrderId() == orderId && r.getStatus() == ReservationStatus.RESERVED)
                        .toList();
            }

            @Override
            public List<InventoryItem> lockedRows(Collection<Long> ids) {
                questionsOfOneEvent.add("rows " + ids);
                return ids.stream().distinct().map(rows::get).toList();
            }

            @Override
            public Map<Long, Warehouse> warehouses(Collection<Long> ids) {
                warehouseQuestions.add(ids);
                Warehouse austin = new Warehouse();
                austin.setId(AUSTIN);
                austin.setCode("AUS-1");
                return ids.stream().distinct().collect(Collectors.toMap(Function.identity(), id -> austin));
            }

            @Override
            public void add(StockReservation reservation) {
                reservation.setId(500L + reservations.size());
                reservations.add(reservation);
            }

            @Override
            public void record(InventoryItem row, AdjustmentType type, int change, String reason, String reference,
                    Long performedBy) {
                adjustments.add(type);
            }
        };
        reactions.alerts = new StockAlerts() {
            @Override
            public boolean raiseIfLow(InventoryItem row) {
                return false;
            }

            @Override
            public void resolveIfReplenished(InventoryItem row) {
                // no alert board here
            }
        };
        reactions.events = new PublishedEvents(published);
        reactions.timeline = new OrderTimeline() {
            @Override
            public TimelineEntry record(long orderId, Agent agent, TimelineStep step, String detail) {
                return null;
            }
        };
    }

    @Test
    void aBatchOfOrdersReservesFromTheRowsItLockedUpFrontWithoutAskingPerOrder() {
        List<ReceivedEvent> batch = List.of(placed(1, MUG, 2), placed(2, MUG, 3), placed(3, TEA, 4));

        handle(batch);

        assertEquals(List.of(), questionsOfOneEvent);
        assertEquals(List.of("lock rows", "reservations"), questionsOfTheBatch);
        assertEquals(1, warehouseQuestions.size());
        assertEquals(5, rows.get(101L).getReservedQuantity());
        assertEquals(4, rows.get(102L).getReservedQuantity());
        assertEquals(3, published.stream().filter(StockReserved.class::isInstance).count());
    }

    @Test
    void anOrderPlacedTwiceInOneBatchIsReservedOnce() {
        handle(List.of(placed(1, MUG, 2), placed(1, MUG, 2)));

        assertEquals(2, rows.get(101L).getReservedQuantity());
        assertEquals(1, reservations.size());
    }

    @Test
    void anOrderCancelledInTheBatchThatReservedItGivesBackWhatItJustTook() {
        handle(List.of(placed(1, MUG, 2), placed(2, MUG, 3), cancelled(1)));

        assertEquals(3, rows.get(101L).getReservedQuantity());
        assertEquals(ReservationStatus.RELEASED, reservations.get(0).getStatus());
        assertEquals(ReservationStatus.RESERVED, reservations.get(1).getStatus());
        assertEquals(List.of(), questionsOfOneEvent);
    }

    @Test
    void aShippedOrderOfABatchTurnsWhatItHeldIntoASaleOnTheRowsLockedUpFront() {
        handle(List.of(placed(1, TEA, 4)));
        questionsOfOneEvent.clear();

        handle(List.of(shipped(1), placed(2, TEA, 1)));

        InventoryItem tea = rows.get(102L);
        assertEquals(6, tea.getQuantity());
        assertEquals(1, tea.getReservedQuantity());
        assertEquals(ReservationStatus.CONSUMED, reservations.get(0).getStatus());
        assertEquals(List.of(AdjustmentType.SALE), adjustments);
        assertEquals(List.of(), questionsOfOneEvent);
    }

    @Test
    void anEventHandledAloneAsksForWhatItNeeds() {
        handle(List.of(placed(1, MUG, 2)));

        assertEquals(List.of(), questionsOfTheBatch);
        assertEquals(List.of("has reservations 1", "rows of variants [" + MUG + "]"), questionsOfOneEvent);
        assertEquals(1, warehouseQuestions.size());
        assertEquals(2, rows.get(101L).getReservedQuantity());
    }

    /** What the kernel does with a transaction's events: read ahead, then each event in turn. */
    private void handle(List<ReceivedEvent> events) {
        reactions.batch = new BatchStock(reactions.store, new UpFrontReads());
        reactions.lockStockFor(events);
        for (ReceivedEvent event : events) {
            switch (event.type()) {
                case ORDER_PLACED -> reactions.reserveStock(event.payload(OrderPlaced.class));
                case ORDER_CANCELLED -> reactions.releaseStock(event.payload(OrderCancelled.class));
                case ORDER_SHIPPED -> reactions.consumeStock(event.payload(OrderShipped.class));
                default -> throw new IllegalArgumentException(event.type().typeName());
            }
        }
    }

    private static ReceivedEvent placed(long orderId, long variantId, int quantity) {
        return event(EventType.ORDER_PLACED, orderId, new OrderPlaced(orderId, "AG-" + orderId, 3, 5,
                List.of(new OrderPlaced.Line(variantId * 10, variantId, quantity))));
    }

    private static ReceivedEvent cancelled(long orderId) {
        return event(EventType.ORDER_CANCELLED, orderId, new OrderCancelled(orderId, "AG-" + orderId, 5, null,
                OrderCancelled.Outcome.CANCELLED, "changed my mind"));
    }

    private static ReceivedEvent shipped(long orderId) {
        return event(EventType.ORDER_SHIPPED, orderId, new OrderShipped(orderId, "AG-" + orderId, 3, "Mugs & Co", 5,
                null, null, Instant.now(), List.of(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, "USD", List.of()));
    }

    private static ReceivedEvent event(EventType type, long orderId, Object payload) {
        return new ReceivedEvent(UUID.randomUUID(), type, Instant.now(), orderId, "test", payload);
    }

    private static InventoryItem row(long id, long variantId, int quantity) {
        InventoryItem row = new InventoryItem();
        row.setId(id);
        row.setVariantId(variantId);
        row.setWarehouseId(AUSTIN);
        row.setQuantity(quantity);
        row.setReorderPoint(0);
        return row;
    }
}
