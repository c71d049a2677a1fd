package com.agora.inventory.boundary;

import com.agora.events.EventType;
import com.agora.events.OrderCancelled;
import com.agora.events.OrderPlaced;
import com.agora.events.OrderShipped;
import com.agora.events.RestockRequested;
import com.agora.events.StockRestocked;
import com.agora.events.StockReserved;
import com.agora.events.StockUnavailable;
import com.agora.inventory.boundary.InventoryViews.AdjustmentView;
import com.agora.inventory.boundary.InventoryViews.StockAdjustment;
import com.agora.inventory.boundary.InventoryViews.StockFilter;
import com.agora.inventory.boundary.InventoryViews.StockView;
import com.agora.inventory.boundary.InventoryViews.WarehouseView;
import com.agora.inventory.control.StockAdjustmentRules;
import com.agora.inventory.control.StockAllocator;
import com.agora.inventory.control.StockAllocator.Allocation;
import com.agora.inventory.control.StockAllocator.StockLevel;
import com.agora.inventory.entity.AdjustmentType;
import com.agora.inventory.entity.InventoryAdjustment;
import com.agora.inventory.entity.InventoryItem;
import com.agora.inventory.entity.ReservationStatus;
import com.agora.inventory.entity.StockReservation;
import com.agora.inventory.entity.Warehouse;
import com.agora.events.TimelineStep;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.agent.BusinessAgent;
import com.agora.kernel.error.Codes;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.event.EventPublisher;
import com.agora.kernel.timeline.OrderTimeline;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.kernel.security.Caller;
import com.agora.product.entity.Product;
import com.agora.product.entity.ProductVariant;
import com.agora.security.entity.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The Inventory agent: stock per variant and warehouse, reservations for orders, adjustments and low-stock alerts. */
@Stateless
@BusinessAgent(Agent.INVENTORY)
public class InventoryAgent {

    /** Who the adjustments list names for a change no user made. */
    public static final String SYSTEM_PERFORMER = "system";

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    EventPublisher events;

    @Inject
    OrderTimeline timeline;

    /** Reserves every unit of a placed order, or nothing at all and says which variants fall short. */
    public void reserveStock(OrderPlaced order) {
        if (hasReservations(order.orderId())) {
            return;
        }
        List<Long> variantIds = order.lines().stream().map(OrderPlaced.Line::variantId).distinct().toList();
        List<InventoryItem> rows = locked("variantId", variantIds);
        Map<Long, Warehouse> warehouses = warehouses(rows.stream().map(InventoryItem::getWarehouseId).toList());
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
        for (Allocation allocation : outcome.allocations()) {
            InventoryItem row = byId.get(allocation.inventoryId());
            row.setReservedQuantity(row.getReservedQuantity() + allocation.quantity());
            StockReservation reservation = new StockReservation();
            reservation.setOrderId(order.orderId());
            reservation.setInventoryId(row.getId());
            reservation.setVariantId(allocation.variantId());
            reservation.setWarehouseId(allocation.warehouseId());
            reservation.setQuantity(allocation.quantity());
            reservation.setStatus(ReservationStatus.RESERVED);
            em.persist(reservation);
            raiseAlertIfLow(row);
        }
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
            reservation.setStatus(ReservationStatus.RELEASED);
            reservation.setReleasedAt(now);
            resolveAlertIfReplenished(row);
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
            reservation.setStatus(ReservationStatus.CONSUMED);
            record(row, AdjustmentType.SALE, -reservation.getQuantity(), "order " + shipped.orderNumber() + " shipped",
                    shipped.orderNumber(), null);
        });
        if (units > 0) {
            timeline.record(shipped.orderId(), Agent.INVENTORY, TimelineStep.STOCK_CONSUMED,
                    units + " unit(s) left the warehouses");
        }
    }

    /**
     * Ends every reservation an order still holds: each stops counting as reserved on its stock row (locked, in id
     * order) and the step says what becomes of it. Returns the units settled, 0 when the order held nothing.
     */
    private int settleHeldStock(long orderId, BiConsumer<StockReservation, InventoryItem> step) {
        List<StockReservation> held = heldFor(orderId);
        if (held.isEmpty()) {
            return 0;
        }
        Map<Long, InventoryItem> rows = locked("id", held.stream().map(StockReservation::getInventoryId).toList())
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

    /** A returned unit passed inspection and goes back on the shelf it left from. */
    public void restock(RestockRequested request) {
        InventoryItem row = lockedRow(request.variantId(), request.warehouseId()).orElseThrow(
                () -> new IllegalStateException("no stock row for variant " + request.variantId() + " in warehouse "
                        + request.warehouseId() + " to restock " + request.returnNumber()));
        row.setQuantity(row.getQuantity() + request.quantity());
        record(row, AdjustmentType.RETURN, request.quantity(), "return " + request.returnNumber()
                + " passed inspection", request.returnNumber(), null);
        resolveAlertIfReplenished(row);
        timeline.record(request.orderId(), Agent.INVENTORY, TimelineStep.STOCK_RESTOCKED, request.quantity()
                + " × variant " + request.variantId() + " back on hand (warehouse " + request.warehouseId() + ")");
        events.publish(Agent.INVENTORY, EventType.STOCK_RESTOCKED, request.orderId(), new StockRestocked(
                request.orderId(), request.returnId(), request.variantId(), request.warehouseId(), request.quantity()));
    }

    private List<StockReservation> heldFor(long orderId) {
        return em.createQuery(
                        "select r from StockReservation r where r.orderId = :order and r.status = :reserved order by r.inventoryId",
                        StockReservation.class)
                .setParameter("order", orderId)
                .setParameter("reserved", ReservationStatus.RESERVED)
                .getResultList();
    }

    private void record(InventoryItem row, AdjustmentType type, int change, String reason, String reference,
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

    public Page<StockView> listStock(Caller caller, StockFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" from InventoryItem i, ProductVariant v, Product p, Warehouse w"
                + " where v.id = i.variantId and p.id = i.productId and w.id = i.warehouseId");
        if (caller.isMerchant()) {
            where.append(" and p.merchantId = :merchant");
        }
        if (filter.warehouseId() != null) {
            where.append(" and i.warehouseId = :warehouse");
        }
        if (filter.productId() != null) {
            where.append(" and i.productId = :product");
        }
        if (filter.variantId() != null) {
            where.append(" and i.variantId = :variant");
        }
        if (Boolean.TRUE.equals(filter.lowOnly())) {
            where.append(" and (i.quantity - i.reservedQuantity) <= i.reorderPoint");
        }
        TypedQuery<Object[]> rows = em.createQuery("select i, v, p, w" + where + " order by p.name, v.sku, w.code",
                Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(i)" + where, Long.class);
        bind(rows, caller, filter);
        bind(count, caller, filter);
        List<StockView> views = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(r -> view((InventoryItem) r[0], (ProductVariant) r[1], (Product) r[2], (Warehouse) r[3]))
                .toList();
        return new Page<>(views, page, count.getSingleResult());
    }

    public StockView adjustStock(Caller caller, StockAdjustment request) {
        if (!caller.isAdmin() && !caller.isMerchant()) {
            throw DomainProblem.forbidden("only merchants and admins adjust stock");
        }
        InventoryItem row = stockRowFor(request);
        Product product = em.find(Product.class, row.getProductId());
        if (!caller.mayActFor(product.getMerchantId())) {
            throw DomainProblem.notFound("stock row", request.inventoryId() != null ? request.inventoryId()
                    : "of variant " + request.variantId() + " in warehouse " + request.warehouseId());
        }
        AdjustmentType type = StockAdjustmentRules.type(request.type());
        int onHand = StockAdjustmentRules.apply(type, row.getQuantity(), row.getReservedQuantity(),
                request.quantityChange());
        row.setQuantity(onHand);
        if (type == AdjustmentType.RESTOCK) {
            row.setLastRestockDate(Instant.now());
        }
        record(row, type, request.quantityChange(), request.reason(), request.referenceId(), userId(caller.username()));
        if (!raiseAlertIfLow(row)) {
            resolveAlertIfReplenished(row);
        }
        em.flush();
        return view(row, em.find(ProductVariant.class, row.getVariantId()), product,
                em.find(Warehouse.class, row.getWarehouseId()));
    }

    /** The stock row of a variant in a warehouse, locked for the change about to be made to it. */
    private Optional<InventoryItem> lockedRow(long variantId, long warehouseId) {
        return em.createQuery(
                        "select i from InventoryItem i where i.variantId = :variant and i.warehouseId = :warehouse",
                        InventoryItem.class)
                .setParameter("variant", variantId)
                .setParameter("warehouse", warehouseId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().findFirst();
    }

    private InventoryItem stockRowFor(StockAdjustment request) {
        if (request.inventoryId() != null) {
            InventoryItem row = em.find(InventoryItem.class, request.inventoryId(), LockModeType.PESSIMISTIC_WRITE);
            if (row == null) {
                throw DomainProblem.notFound("stock row", request.inventoryId());
            }
            return row;
        }
        if (request.variantId() == null || request.warehouseId() == null) {
            throw DomainProblem.invalid(List.of(
                    new DomainProblem.FieldError("inventoryId", "give inventoryId, or variantId and warehouseId"),
                    new DomainProblem.FieldError("variantId", "is required without inventoryId"),
                    new DomainProblem.FieldError("warehouseId", "is required without inventoryId")));
        }
        Optional<InventoryItem> existing = lockedRow(request.variantId(), request.warehouseId());
        if (existing.isPresent()) {
            return existing.get();
        }
        ProductVariant variant = em.find(ProductVariant.class, request.variantId());
        if (variant == null) {
            throw DomainProblem.invalid("variantId", "variant " + request.variantId() + " does not exist");
        }
        if (em.find(Warehouse.class, request.warehouseId()) == null) {
            throw DomainProblem.invalid("warehouseId", "warehouse " + request.warehouseId() + " does not exist");
        }
        InventoryItem row = new InventoryItem();
        row.setProductId(variant.getProduct().getId());
        row.setVariantId(variant.getId());
        row.setWarehouseId(request.warehouseId());
        row.setQuantity(0);
        row.setReservedQuantity(0);
        row.setReorderPoint(10);
        row.setReorderQuantity(50);
        em.persist(row);
        em.flush();
        return row;
    }

    /** The adjustment history, newest first; merchants see only their own products' stock. */
    public Page<AdjustmentView> listAdjustments(Caller caller, Long inventoryId, PageRequest page) {
        StringBuilder where = new StringBuilder(" from InventoryAdjustment a, InventoryItem i, ProductVariant v,"
                + " Product p, Warehouse w where i.id = a.inventoryId and v.id = i.variantId and p.id = i.productId"
                + " and w.id = i.warehouseId");
        if (caller.isMerchant()) {
            where.append(" and p.merchantId = :merchant");
        }
        if (inventoryId != null) {
            where.append(" and a.inventoryId = :inventory");
        }
        TypedQuery<Object[]> rows = em.createQuery("select a, v.id, v.sku, w.code" + where
                + " order by a.createdAt desc, a.id desc", Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(a)" + where, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            if (caller.isMerchant()) {
                query.setParameter("merchant", caller.ownMerchantId());
            }
            if (inventoryId != null) {
                query.setParameter("inventory", inventoryId);
            }
        }
        List<Object[]> found = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        Map<Long, String> usernames = usernames(found.stream().map(r -> ((InventoryAdjustment) r[0]).getPerformedBy())
                .filter(Objects::nonNull).distinct().toList());
        List<AdjustmentView> views = found.stream().map(r -> {
            InventoryAdjustment a = (InventoryAdjustment) r[0];
            return new AdjustmentView(a.getId(), a.getInventoryId(), ((Number) r[1]).longValue(), (String) r[2],
                    (String) r[3],
                    Codes.code(a.getAdjustmentType()), a.getQuantityChange(), a.getReason(),
                    a.getReferenceId(), performer(usernames, a.getPerformedBy()), a.getCreatedAt());
        }).toList();
        return new Page<>(views, page, count.getSingleResult());
    }

    /** Sales, releases and restocks by the agents have no user; they are listed as made by the system. */
    private static String performer(Map<Long, String> usernames, Long userId) {
        return userId == null ? SYSTEM_PERFORMER : usernames.get(userId);
    }

    private Map<Long, String> usernames(List<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select u from UserAccount u where u.id in :ids", UserAccount.class)
                .setParameter("ids", userIds).getResultList().stream()
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getUsername));
    }

    public List<WarehouseView> listWarehouses() {
        return em.createQuery("select w from Warehouse w order by w.code", Warehouse.class).getResultList().stream()
                .map(w -> new WarehouseView(w.getId(), w.getCode(), w.getName(), w.getCity(), w.getCountry(),
                        w.getCapacity(), w.isActive()))
                .toList();
    }

    private boolean hasReservations(long orderId) {
        return !em.createQuery("select r.id from StockReservation r where r.orderId = :order")
                .setParameter("order", orderId).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Locks the stock rows whose {@code attribute} is one of {@code values}, in id order, so concurrent
     * reservations and releases touching the same rows cannot deadlock.
     */
    private List<InventoryItem> locked(String attribute, Collection<Long> values) {
        return em.createQuery("select i from InventoryItem i where i." + attribute + " in :values order by i.id",
                        InventoryItem.class)
                .setParameter("values", values)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    private Map<Long, Warehouse> warehouses(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select w from Warehouse w where w.id in :ids", Warehouse.class)
                .setParameter("ids", ids.stream().distinct().toList()).getResultList().stream()
                .collect(Collectors.toMap(Warehouse::getId, Function.identity()));
    }

    /** At most one active low-stock alert per stock row: the partial unique index on alerts enforces it. */
    private boolean raiseAlertIfLow(InventoryItem row) {
        int available = row.getQuantity() - row.getReservedQuantity();
        if (!StockAdjustmentRules.isLow(available, row.getReorderPoint())) {
            return false;
        }
        em.createNativeQuery("insert into alerts (alert_type, severity, title, message, source, subject_type, subject_id)"
                        + " values ('low_stock', ?1, ?2, ?3, 'inventory', 'inventory', ?4)"
                        + " on conflict (alert_type, subject_type, subject_id) where status = 'active' do nothing")
                .setParameter(1, available == 0 ? "critical" : "warning")
                .setParameter(2, "Low stock for variant " + row.getVariantId())
                .setParameter(3, available + " unit(s) available in warehouse " + row.getWarehouseId()
                        + ", reorder point " + row.getReorderPoint() + ", suggested reorder " + row.getReorderQuantity())
                .setParameter(4, row.getId())
                .executeUpdate();
        return true;
    }

    private void resolveAlertIfReplenished(InventoryItem row) {
        if (!StockAdjustmentRules.isLow(row.getQuantity() - row.getReservedQuantity(), row.getReorderPoint())) {
            em.createNativeQuery("update alerts set status = 'resolved', resolved_at = now(),"
                            + " resolution_notes = 'stock back above the reorder point'"
                            + " where alert_type = 'low_stock' and subject_type = 'inventory' and subject_id = ?1"
                            + " and status = 'active'")
                    .setParameter(1, row.getId())
                    .executeUpdate();
        }
    }

    private Long userId(String username) {
        List<?> ids = em.createNativeQuery("select id from users where username = ?1").setParameter(1, username)
                .getResultList();
        return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
    }

    private static void bind(TypedQuery<?> query, Caller caller, StockFilter filter) {
        if (caller.isMerchant()) {
            query.setParameter("merchant", caller.ownMerchantId());
        }
        if (filter.warehouseId() != null) {
            query.setParameter("warehouse", filter.warehouseId());
        }
        if (filter.productId() != null) {
            query.setParameter("product", filter.productId());
        }
        if (filter.variantId() != null) {
            query.setParameter("variant", filter.variantId());
        }
    }

    private static StockView view(InventoryItem i, ProductVariant v, Product p, Warehouse w) {
        int available = i.getQuantity() - i.getReservedQuantity();
        return new StockView(i.getId(), i.getProductId(), i.getVariantId(), v.getSku(), p.getName(), p.getMerchantId(),
                w.getId(), w.getCode(), i.getQuantity(), i.getReservedQuantity(), available, i.getReorderPoint(),
                StockAdjustmentRules.isLow(available, i.getReorderPoint()));
    }
}
