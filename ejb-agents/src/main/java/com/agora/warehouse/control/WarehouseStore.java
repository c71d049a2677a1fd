package com.agora.warehouse.control;

import com.agora.inventory.entity.Warehouse;
import com.agora.kernel.paging.FilteredQuery;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.warehouse.entity.PickList;
import com.agora.warehouse.entity.PickListLine;
import com.agora.warehouse.entity.PickListStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The Warehouse agent's tables: pick lists and their lines, and the warehouses they are picked in. */
@Dependent
public class WarehouseStore {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    /**
     * @param forUpdate locked in id order for the rest of the transaction, against a carrier's handover moving one
     *                  of them meanwhile
     */
    public List<PickList> pickListsOf(long orderId, boolean forUpdate) {
        TypedQuery<PickList> query = em.createQuery("select p from PickList p where p.orderId = :order order by p.id",
                PickList.class).setParameter("order", orderId);
        return (forUpdate ? query.setLockMode(LockModeType.PESSIMISTIC_WRITE) : query).getResultList();
    }

    /** The warehouses each of these orders has a pick list in, cancelled or not; orders with none are left out. */
    public Map<Long, Set<Long>> warehousesOfPickLists(Collection<Long> orderIds) {
        Map<Long, Set<Long>> warehouses = new HashMap<>();
        em.createQuery("select p.orderId, p.warehouseId from PickList p where p.orderId in :orders", Object[].class)
                .setParameter("orders", orderIds).getResultList()
                .forEach(row -> warehouses.computeIfAbsent((Long) row[0], order -> new HashSet<>()).add((Long) row[1]));
        return warehouses;
    }

    /** These pick lists, locked in id order for the rest of the transaction, as {@link #pickList} locks one. */
    public List<PickList> lockedPickLists(Collection<Long> ids) {
        return em.createQuery("select p from PickList p where p.id in :ids order by p.id", PickList.class)
                .setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** @param forUpdate locked for the rest of the transaction, against a twin request moving it too */
    public Optional<PickList> pickList(long id, boolean forUpdate) {
        return Optional.ofNullable(forUpdate ? em.find(PickList.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(PickList.class, id));
    }

    /** Stores a new pick list with its lines. */
    public void add(PickList pickList, List<PickListLine> lines) {
        em.persist(pickList);
        for (PickListLine line : lines) {
            line.setPickListId(pickList.getId());
            em.persist(line);
        }
    }

    /**
     * Pick lists newest first.
     *
     * @param merchantId only this merchant's pick lists; null for all
     */
    public Page<PickList> pickLists(Long merchantId, Long orderId, Long warehouseId, PickListStatus status,
            PageRequest page) {
        FilteredQuery<PickList> query = new FilteredQuery<>(PickList.class, "p");
        if (merchantId != null) {
            query.where("p.merchantId = :merchant", "merchant", merchantId);
        }
        if (orderId != null) {
            query.where("p.orderId = :order", "order", orderId);
        }
        if (warehouseId != null) {
            query.where("p.warehouseId = :warehouse", "warehouse", warehouseId);
        }
        if (status != null) {
            query.where("p.status = :status", "status", status);
        }
        return query.page(em, "p.createdAt desc, p.id desc", page);
    }

    public List<PickListLine> linesOf(long pickListId) {
        return linesOf(List.of(pickListId)).getOrDefault(pickListId, List.of());
    }

    public Map<Long, List<PickListLine>> linesOf(List<Long> pickListIds) {
        if (pickListIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select l from PickListLine l where l.pickListId in :ids order by l.id",
                        PickListLine.class)
                .setParameter("ids", pickListIds).getResultList().stream()
                .collect(Collectors.groupingBy(PickListLine::getPickListId));
    }

    public Warehouse warehouse(long id) {
        return em.find(Warehouse.class, id);
    }

    public List<Warehouse> warehouses() {
        return em.createQuery("select w from Warehouse w order by w.code", Warehouse.class).getResultList();
    }

    public Map<Long, String> warehouseCodes() {
        return em.createQuery("select w.id, w.code from Warehouse w", Object[].class).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    /** Per warehouse: units and pick lists since the given instant, cancelled ones left out. */
    public Map<Long, Load> loadSince(Instant start) {
        return em.createQuery("select p.warehouseId, sum(p.units), count(p) from PickList p"
                        + " where p.createdAt >= :start and p.status <> :cancelled group by p.warehouseId", Object[].class)
                .setParameter("start", start)
                .setParameter("cancelled", PickListStatus.CANCELLED)
                .getResultList().stream().map(r -> new Load((Long) r[0], ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue()))
                .collect(Collectors.toMap(Load::warehouseId, Function.identity()));
    }

    /** Per warehouse: units of pick lists still to be picked or packed. */
    public Map<Long, Long> unitsWaiting() {
        return em.createQuery("select p.warehouseId, sum(p.units) from PickList p"
                        + " where p.status in :waiting group by p.warehouseId", Object[].class)
                .setParameter("waiting", List.of(PickListStatus.OPEN, PickListStatus.PICKED))
                .getResultList().stream().collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).longValue()));
    }

    public record Load(long warehouseId, long units, long pickLists) {
    }
}
