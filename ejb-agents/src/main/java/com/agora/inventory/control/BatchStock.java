package com.agora.inventory.control;

import com.agora.inventory.entity.InventoryItem;
import com.agora.inventory.entity.ReservationStatus;
import com.agora.inventory.entity.StockReservation;
import com.agora.inventory.entity.Warehouse;
import com.agora.kernel.messaging.UpFrontReads;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The stock rows, reservations and warehouses a batch of Inventory events locked and read up front, kept for the
 * batch's transaction in {@link UpFrontReads}, so its events ask nothing more and the batch's changes reach
 * PostgreSQL together at its end: one update per stock row, however many orders took from it. What an event asks
 * that was not read up front (an event handled alone) comes from the store, locked as before.
 */
@Dependent
public class BatchStock {

    private static final UpFrontReads.Fact<Long, List<InventoryItem>> ROWS_OF_VARIANT = new UpFrontReads.Fact<>(
            "locked stock rows of a variant");
    private static final UpFrontReads.Fact<Long, InventoryItem> LOCKED_ROW = new UpFrontReads.Fact<>(
            "locked stock row");
    private static final UpFrontReads.Fact<Long, List<StockReservation>> RESERVATIONS = new UpFrontReads.Fact<>(
            "reservations of an order");
    private static final UpFrontReads.Fact<Long, Warehouse> WAREHOUSE = new UpFrontReads.Fact<>("warehouse");

    private final InventoryStore store;
    private final UpFrontReads upFront;

    @Inject
    public BatchStock(InventoryStore store, UpFrontReads upFront) {
        this.store = store;
        this.upFront = upFront;
    }

    /**
     * Locks, in one statement and in id order, the rows of the variants and those the orders hold, then reads
     * every reservation of the orders, of those placed too: after the lock, because a reservation changes only
     * under the lock of its stock row.
     *
     * @param placed orders about to be reserved: only their reservations are read
     * @param holding orders whose held stock is about to be released or consumed
     */
    public void lock(Set<Long> variants, Set<Long> placed, Set<Long> holding) {
        List<InventoryItem> rows = store.lockRowsOf(variants, holding);
        Map<Long, List<InventoryItem>> byVariant = rows.stream().filter(row -> variants.contains(row.getVariantId()))
                .collect(Collectors.groupingBy(InventoryItem::getVariantId));
        variants.forEach(variant -> upFront.know(ROWS_OF_VARIANT, variant, byVariant.getOrDefault(variant, List.of())));
        rows.forEach(row -> upFront.know(LOCKED_ROW, row.getId(), row));
        Set<Long> orders = new HashSet<>(holding);
        orders.addAll(placed);
        Map<Long, List<StockReservation>> reservations = store.reservationsOf(orders);
        orders.forEach(order -> upFront.know(RESERVATIONS, order,
                new ArrayList<>(reservations.getOrDefault(order, List.of()))));
        store.warehouses(rows.stream().map(InventoryItem::getWarehouseId).toList())
                .forEach((id, warehouse) -> upFront.know(WAREHOUSE, id, warehouse));
    }

    public boolean hasReservations(long orderId) {
        return upFront.known(RESERVATIONS, orderId).map(reservations -> !reservations.isEmpty())
                .orElseGet(() -> store.hasReservations(orderId));
    }

    /** The stock rows of the variants, locked, in id order. */
    public List<InventoryItem> lockedRowsOfVariants(List<Long> variantIds) {
        return upFront.knownAll(ROWS_OF_VARIANT, variantIds)
                .map(rows -> rows.values().stream().flatMap(List::stream)
                        .sorted(Comparator.comparing(InventoryItem::getId)).toList())
                .orElseGet(() -> store.lockedRowsOfVariants(variantIds));
    }

    /** The given stock rows, locked. */
    public List<InventoryItem> lockedRows(List<Long> ids) {
        return upFront.knownAll(LOCKED_ROW, ids).map(rows -> List.copyOf(rows.values()))
                .orElseGet(() -> store.lockedRows(ids));
    }

    public Map<Long, Warehouse> warehouses(Collection<Long> ids) {
        return upFront.knownAll(WAREHOUSE, ids).orElseGet(() -> store.warehouses(ids));
    }

    /** What the order still holds, in stock-row order. */
    public List<StockReservation> heldFor(long orderId) {
        return upFront.known(RESERVATIONS, orderId)
                .map(reservations -> reservations.stream()
                        .filter(reservation -> reservation.getStatus() == ReservationStatus.RESERVED)
                        .sorted(Comparator.comparing(StockReservation::getInventoryId)).toList())
                .orElseGet(() -> store.heldFor(orderId));
    }

    /** The order's new reservations, so a later event of the batch (its cancellation, say) finds them. */
    public void reserved(long orderId, List<StockReservation> made) {
        upFront.know(RESERVATIONS, orderId, made);
    }
}
