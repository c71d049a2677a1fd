package com.agora.inventory.control;

import com.agora.inventory.entity.AdjustmentType;
import com.agora.inventory.entity.InventoryAdjustment;
import com.agora.inventory.entity.InventoryItem;
import com.agora.inventory.entity.ReservationStatus;
import com.agora.inventory.entity.StockReservation;
import com.agora.inventory.entity.Warehouse;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.product.entity.Product;
import com.agora.product.entity.ProductVariant;
import com.agora.security.entity.UserAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Inventory agent's tables: stock rows, reservations and adjustments, and the warehouses they are in. Lists
 * join the catalog's products for their names and merchants.
 */
@Dependent
public class InventoryStore {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    /**
     * Locks the stock rows of the given variants, in id order, so concurrent reservations and releases touching the
     * same rows cannot deadlock.
     */
    public List<InventoryItem> lockedRowsOfVariants(Collection<Long> variantIds) {
        return locked("variantId", variantIds);
    }

    /**
     * Locks, in one statement and in id order, every stock row of the given variants and every row the given orders
     * still hold stock on. A batch of events takes them all first: one event's rows locked after another's would
     * be out of the global order and could deadlock with a concurrent batch.
     *
     * @return the rows locked, read afresh under the lock
     */
    public List<InventoryItem> lockRowsOf(Collection<Long> variantIds, Collection<Long> orderIds) {
        return em.createQuery("select i from InventoryItem i where i.variantId in :variants or i.id in"
                        + " (select r.inventoryId from StockReservation r where r.orderId in :orders"
                        + " and r.status = :reserved) order by i.id", InventoryItem.class)
                .setParameter("variants", noneIfEmpty(variantIds))
                .setParameter("orders", noneIfEmpty(orderIds))
                .setParameter("reserved", ReservationStatus.RESERVED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** An IN list must name something: no id is negative. */
    private static Collection<Long> noneIfEmpty(Collection<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    /** Every reservation of the given orders, whatever its status, by order and in stock-row order. */
    public Map<Long, List<StockReservation>> reservationsOf(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select r from StockReservation r where r.orderId in :orders order by r.inventoryId",
                        StockReservation.class)
                .setParameter("orders", orderIds)
                .getResultList().stream()
                .collect(Collectors.groupingBy(StockReservation::getOrderId));
    }

    /** Locks the given stock rows, in id order, for the same reason. */
    public List<InventoryItem> lockedRows(Collection<Long> ids) {
        return locked("id", ids);
    }

    private List<InventoryItem> locked(String attribute, Collection<Long> values) {
        return em.createQuery("select i from InventoryItem i where i." + attribute + " in :values order by i.id",
                        InventoryItem.class)
                .setParameter("values", values)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** The stock row of a variant in a warehouse, locked for the change about to be made to it. */
    public Optional<InventoryItem> lockedRow(long variantId, long warehouseId) {
        return em.createQuery(
                        "select i from InventoryItem i where i.variantId = :variant and i.warehouseId = :warehouse",
                        InventoryItem.class)
                .setParameter("variant", variantId)
                .setParameter("warehouse", warehouseId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().findFirst();
    }

    public Optional<InventoryItem> lockedRow(long id) {
        return Optional.ofNullable(em.find(InventoryItem.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Stores a new stock row and gives it its id. */
    public void add(InventoryItem row) {
        em.persist(row);
        em.flush();
    }

    public boolean hasReservations(long orderId) {
        return !em.createQuery("select r.id from StockReservation r where r.orderId = :order")
                .setParameter("order", orderId).setMaxResults(1).getResultList().isEmpty();
    }

    /** What the order still holds, in stock-row order. */
    public List<StockReservation> heldFor(long orderId) {
        return em.createQuery("select r from StockReservation r where r.orderId = :order and r.status = :reserved"
                        + " order by r.inventoryId", StockReservation.class)
                .setParameter("order", orderId)
                .setParameter("reserved", ReservationStatus.RESERVED)
                .getResultList();
    }

    public void add(StockReservation reservation) {
        em.persist(reservation);
    }

    /** An entry of the stock row's audit trail. */
    public void record(InventoryItem row, AdjustmentType type, int change, String reason, String reference,
            Long performedBy) {
        InventoryAdjustment adjustment = new InventoryAdjustment();
        adjustment.setInventoryId(row.getId());
        adjustment.setAdjustmentType(type);
        adjustment.setQuantityChange(change);
        adjustment.setReason(reason);
        adjustment.setReferenceId(reference);
        adjustment.setPerformedBy(performedBy);
        em.persist(adjustment);
    }

    /** Writes what was changed so far. */
    public void flush() {
        em.flush();
    }

    public Map<Long, Warehouse> warehouses(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select w from Warehouse w where w.id in :ids", Warehouse.class)
                .setParameter("ids", ids.stream().distinct().toList()).getResultList().stream()
                .collect(Collectors.toMap(Warehouse::getId, Function.identity()));
    }

    public List<Warehouse> warehouses() {
        return em.createQuery("select w from Warehouse w order by w.code", Warehouse.class).getResultList();
    }

    public Optional<Warehouse> warehouse(long id) {
        return Optional.ofNullable(em.find(Warehouse.class, id));
    }

    public Optional<ProductVariant> variant(long id) {
        return Optional.ofNullable(em.find(ProductVariant.class, id));
    }

    public Product product(long id) {
        return em.find(Product.class, id);
    }

    public Optional<Long> userId(String username) {
        List<?> ids = em.createNativeQuery("select id from users where username = ?1").setParameter(1, username)
                .getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    public Map<Long, String> usernames(List<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select u from UserAccount u where u.id in :ids", UserAccount.class)
                .setParameter("ids", userIds).getResultList().stream()
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getUsername));
    }

    /**
     * Stock rows by product name, variant and warehouse; every filter is optional (null, or false for low stock).
     *
     * @param merchantId only this merchant's products' stock
     * @param lowOnly only rows at or below their reorder point
     */
    public Page<StockLine> stock(Long merchantId, Long warehouseId, Long productId, Long variantId, boolean lowOnly,
            PageRequest page) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" from InventoryItem i, ProductVariant v, Product p, Warehouse w"
                + " where v.id = i.variantId and p.id = i.productId and w.id = i.warehouseId");
        condition(where, parameters, "p.merchantId = :merchant", "merchant", merchantId);
        condition(where, parameters, "i.warehouseId = :warehouse", "warehouse", warehouseId);
        condition(where, parameters, "i.productId = :product", "product", productId);
        condition(where, parameters, "i.variantId = :variant", "variant", variantId);
        if (lowOnly) {
            where.append(" and (i.quantity - i.reservedQuantity) <= i.reorderPoint");
        }
        TypedQuery<Object[]> rows = em.createQuery("select i, v, p, w" + where + " order by p.name, v.sku, w.code",
                Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(i)" + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new Page<>(rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(r -> new StockLine((InventoryItem) r[0], (ProductVariant) r[1], (Product) r[2], (Warehouse) r[3]))
                .toList(), page, count.getSingleResult());
    }

    /**
     * Adjustments newest first; both filters are optional.
     *
     * @param merchantId only this merchant's products' stock
     * @param inventoryId only this stock row's adjustments
     */
    public Page<AdjustmentLine> adjustments(Long merchantId, Long inventoryId, PageRequest page) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" from InventoryAdjustment a, InventoryItem i, ProductVariant v,"
                + " Product p, Warehouse w where i.id = a.inventoryId and v.id = i.variantId and p.id = i.productId"
                + " and w.id = i.warehouseId");
        condition(where, parameters, "p.merchantId = :merchant", "merchant", merchantId);
        condition(where, parameters, "a.inventoryId = :inventory", "inventory", inventoryId);
        TypedQuery<Object[]> rows = em.createQuery("select a, v.id, v.sku, w.code" + where
                + " order by a.createdAt desc, a.id desc", Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(a)" + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new Page<>(rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(r -> new AdjustmentLine((InventoryAdjustment) r[0], ((Number) r[1]).longValue(), (String) r[2],
                        (String) r[3]))
                .toList(), page, count.getSingleResult());
    }

    /** Adds a condition with one named parameter, unless the filter it comes from was not given. */
    private static void condition(StringBuilder where, Map<String, Object> parameters, String condition,
            String parameter, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            parameters.put(parameter, value);
        }
    }

    public record StockLine(InventoryItem item, ProductVariant variant, Product product, Warehouse warehouse) {
    }

    public record AdjustmentLine(InventoryAdjustment adjustment, long variantId, String sku, String warehouseCode) {
    }
}
