package com.agora.inventory.boundary;

import com.agora.events.EventType;
import com.agora.events.OrderCancelled;
import com.agora.events.OrderPlaced;
import com.agora.events.OrderShipped;
import com.agora.events.RestockRequested;
import com.agora.events.StockRestocked;
import com.agora.events.StockReserved;
import com.agora.events.StockUnavailable;
import com.agora.events.TimelineStep;
import com.agora.inventory.control.BatchStock;
import com.agora.inventory.control.InventoryStore;
import com.agora.inventory.control.ReservationLifecycle;
import com.agora.inventory.control.StockAlerts;
import com.agora.inventory.control.StockAllocator;
import com.agora.inventory.control.StockAllocator.Allocation;
import com.agora.inventory.control.StockAllocator.StockLevel;
import com.agora.inventory.entity.AdjustmentType;
import com.agora.inventory.entity.InventoryItem;
import com.agora.inventory.entity.ReservationStatus;
import com.agora.inventory.entity.StockReservation;
import com.agora.inventory.entity.Warehouse;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.agent.BusinessAgent;
import com.agora.kernel.event.EventPublisher;
import com.agora.kernel.event.ReceivedEvent;
import com.agora.kernel.timeline.OrderTimeline;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The Inventory agent: stock per variant and warehouse, reservations for orders, adjustments and low-stock alerts. */
@Stateless
@BusinessAgent(Agent.INVENTORY)
public class InventoryReactions {

    @Inject
    InventoryStore store;

    @Inject
    StockAlerts alerts;

    @Inject
    EventPublisher events;

    @Inject
    OrderTimeline timeline;

    @Inject
    BatchStock batch;

    /**
     * Locks up front every stock row the events of one transaction will change: the rows of the variants placed or
     * restocked and those the cancelled or shipped orders hold. A single event locks its own rows in order anyway.
     * The rows, the orders' reservations and the rows' warehouses are then kept for the batch's events
     * ({@link BatchStock}).
     */
    public void lockStockFor(List<ReceivedEvent> events) {
        if (events.size() < 2) {
            return;
        }
        Set<Long> variants = new HashSet<>();
        Set<Long> placed = new HashSet<>();
        Set<Long> orders = new HashSet<>();
        for (ReceivedEvent event : events) {
            switch (event.type()) {
                case ORDER_PLACED -> {
                    OrderPlaced order = event.payload(OrderPlaced.class);
                    placed.add(order.orderId());
                    order.lines().forEach(line -> variants.add(line.variantId()));
                }
                case RESTOCK_REQUESTED -> variants.add(event.payload(RestockRequested.class).variantId());
                case ORDER_CANCELLED -> orders.add(event.payload(OrderCancelled.class).orderId());
                case ORDER_SHIPPED -> orders.add(event.payload(OrderShipped.class).orderId());
                default -> { }
            }
        }
        batch.lock(variants, placed, orders);
    }

    /** Reserves every unit of a placed order, or nothing at all and says which variants fall short. */
    public void reserveStock(OrderPlaced order) {
        if (batch.hasReservations(order.orderId())) {
            return;
        }
        List<Long> variantIds = order.lines().stream().map(OrderPlaced.Line::variantId).distinct().toList();
        List<InventoryItem> rows = batch.lockedRowsOfVariants(variantIds);
        Map<Long, Warehouse> warehouses = batch.warehouses(rows.stream().map(InventoryItem::getWarehouseId).toList());
        List<StockLevel> levels = rows.stream()
                .filter(row -> warehouses.get(row.getWarehouseId()).isActive())
                .map(row -> new StockLevel(row.getId(), row.getVariantId(), row.getWarehouseId(),
                        warehouses.get(row.getWarehouseId()).getCode(), row.getQuantity() - row.getReservedQuantity()))
                .toList();
        StockAllocator.Outcome outcome = StockAllocator.allocate(order.lines().stream()
                .map(line -> new StockAllocator.Request(line.variantId(), line.quantity())).toList(), levels);

        if (!outcome.reserved()) {
            events.publish(Agent.INVENTORY, EventType.STOCK_UNAVAILABLE, order.orderId(),
                    new StockUnavailable(order.orderId(), outcome.shortages().stream()
                            .map(s -> new StockUnavailable.Shortage(s.variantId(), s.requested(), s.available()))
                            .toList()));
            return;
        }
        Map<Long, InventoryItem> byId = rows.stream().collect(Collectors.toMap(InventoryItem::getId, Function.identity()));
        List<StockReservation> made = new ArrayList<>();
        for (Allocation allocation : outcome.allocations()) {
            InventoryItem row = byId.get(allocation.inventoryId());
            row.setReservedQuantity(row.getReservedQuantity() + allocation.quantity());
            StockReservation reservation = new StockReservation();
            reservation.setOrderId(order.orderId());
            reservation.setInventoryId(row.getId());
            reservation.setVariantId(allocation.variantId());
            reservation.setWarehouseId(allocation.warehouseId());
            reservation.setQuantity(allocation.quantity());
            reservation.setStatus(ReservationLifecycle.MACHINE.start(ReservationStatus.RESERVED));
            store.add(reservation);
            made.add(reservation);
            alerts.raiseIfLow(row);
        }
        batch.reserved(order.orderId(), made);
        events.publish(Agent.INVENTORY, EventType.STOCK_RESERVED, order.orderId(),
                new StockReserved(order.orderId(), outcome.allocations().stream()
                        .map(a -> new StockReserved.Allocation(a.variantId(), a.warehouseId(), a.warehouseCode(),
                                a.quantity()))
                        .toList()));
    }

    /** Gives back whatever an order still holds; an order that never got stock releases nothing. */
    public void releaseStock(OrderCancelled cancellation) {
        Instant now = Instant.now();
        int units = settleHeldStock(cancellation.orderId(), (reservation, row) -> {
            reservation.setStatus(ReservationLifecycle.MACHINE.requireMove(String.valueOf(reservation.getId()),
                    reservation.getStatus(), ReservationStatus.RELEASED));
            reservation.setReleasedAt(now);
            alerts.resolveIfReplenished(row);
        });
        if (units > 0) {
            timeline.record(cancellation.orderId(), Agent.INVENTORY, TimelineStep.STOCK_RELEASED,
                    units + " unit(s) back in stock");
        }
    }

    /**
     * The order left the warehouses: what was held becomes a sale, so on-hand and reserved both drop by the
     * shipped units and each stock row gets a sale adjustment for the audit trail.
     */
    public void consumeStock(OrderShipped shipped) {
        int units = settleHeldStock(shipped.orderId(), (reservation, row) -> {
            row.setQuantity(row.getQuantity() - reservation.getQuantity());
            reservation.setStatus(ReservationLifecycle.MACHINE.requireMove(String.valueOf(reservation.getId()),
                    reservation.getStatus(), ReservationStatus.CONSUMED));
            store.record(row, AdjustmentType.SALE, -reservation.getQuantity(), "order " + shipped.orderNumber()
                    + " shipped", shipped.orderNumber(), null);
        });
        if (units > 0) {
            timeline.record(shipped.orderId(), Agent.INVENTORY, TimelineStep.STOCK_CONSUMED,
                    units + " unit(s) left the warehouses");
        }
    }

    /** A returned unit passed inspection and goes back on the shelf it left from. */
    public void restock(RestockRequested request) {
        InventoryItem row = store.lockedRow(request.variantId(), request.warehouseId()).orElseThrow(
                () -> new IllegalStateException("no stock row for variant " + request.variantId() + " in warehouse "
                        + request.warehouseId() + " to restock " + request.returnNumber()));
        row.setQuantity(row.getQuantity() + request.quantity());
        store.record(row, AdjustmentType.RETURN, request.quantity(), "return " + request.returnNumber()
                + " passed inspection", request.returnNumber(), null);
        alerts.resolveIfReplenished(row);
        String warehouse = store.warehouses(List.of(request.warehouseId())).values().stream().findFirst()
                .map(Warehouse::getName).orElse("warehouse " + request.warehouseId());
        timeline.record(request.orderId(), Agent.INVENTORY, TimelineStep.STOCK_RESTOCKED, request.quantity()
                + " unit(s) of " + request.returnNumber() + " back on hand in " + warehouse);
        events.publish(Agent.INVENTORY, EventType.STOCK_RESTOCKED, request.orderId(), new StockRestocked(
                request.orderId(), request.returnId(), request.variantId(), request.warehouseId(), request.quantity()));
    }

    /**
     * Ends every reservation an order still holds: each stops counting as reserved on its stock row (locked, in id
     * order) and the step says what becomes of it. Returns the units settled, 0 when the order held nothing.
     */
    private int settleHeldStock(long orderId, BiConsumer<StockReservation, InventoryItem> step) {
        List<StockReservation> held = batch.heldFor(orderId);
        if (held.isEmpty()) {
            return 0;
        }
        Map<Long, InventoryItem> rows = batch.lockedRows(held.stream().map(StockReservation::getInventoryId).toList())
                .stream().collect(Collectors.toMap(InventoryItem::getId, Function.identity()));
        int units = 0;
        for (StockReservation reservation : held) {
            InventoryItem row = rows.get(reservation.getInventoryId());
            row.setReservedQuantity(row.getReservedQuantity() - reservation.getQuantity());
            step.accept(reservation, row);
            units += reservation.getQuantity();
        }
        return units;
    }
}
