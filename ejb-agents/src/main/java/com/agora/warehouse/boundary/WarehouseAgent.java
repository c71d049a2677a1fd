package com.agora.warehouse.boundary;

import com.agora.carrier.boundary.CarrierAgent;
import com.agora.events.EventType;
import com.agora.events.OrderCancelled;
import com.agora.events.OrderConfirmed;
import com.agora.events.ParcelPacked;
import com.agora.inventory.entity.Warehouse;
import com.agora.events.TimelineStep;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.agent.BusinessAgent;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.error.Codes;
import com.agora.kernel.event.EventPublisher;
import com.agora.kernel.timeline.OrderTimeline;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.kernel.paging.FilteredQuery;
import com.agora.kernel.security.Caller;
import com.agora.product.boundary.ProductAgent;
import com.agora.warehouse.boundary.WarehouseViews.LineView;
import com.agora.warehouse.boundary.WarehouseViews.PickListFilter;
import com.agora.warehouse.boundary.WarehouseViews.PickListView;
import com.agora.warehouse.boundary.WarehouseViews.UtilisationView;
import com.agora.warehouse.boundary.WarehouseViews.WarehouseLocation;
import com.agora.warehouse.control.FloorRules;
import com.agora.warehouse.control.ParcelPlanner;
import com.agora.warehouse.control.ParcelPlanner.PlannedLine;
import com.agora.warehouse.control.ParcelPlanner.PlannedPickList;
import com.agora.warehouse.entity.PickList;
import com.agora.warehouse.entity.PickListLine;
import com.agora.warehouse.entity.PickListStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Warehouse agent: turns a confirmed order into one pick list per warehouse, has it picked and packed (at once
 * in a robotic warehouse, by people through the API otherwise) and hands each packed parcel to the carriers.
 */
@Stateless
@BusinessAgent(Agent.WAREHOUSE)
public class WarehouseAgent {

    private static final Logger LOG = Logger.getLogger(WarehouseAgent.class.getName());

    /** Who picks and packs in a robotic warehouse, as the pick list records it. */
    static final String AUTOMATION = "automation";

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    EventPublisher events;

    @Inject
    OrderTimeline timeline;

    @Inject
    ProductAgent catalog;

    @Inject
    CarrierAgent carriers;

    @Inject
    @ConfigProperty(name = "agora.warehouse.automatic-picking", defaultValue = "true")
    boolean automaticPicking;

    @Inject
    @ConfigProperty(name = "agora.warehouse.default-unit-weight-kg", defaultValue = "0.500")
    BigDecimal defaultUnitWeightKg;

    /**
     * One pick list per warehouse of the order. A replayed confirmation finds the pick lists it made before and
     * makes none twice (the unique order and warehouse pair stops even a concurrent duplicate).
     */
    public void openPickLists(OrderConfirmed order) {
        Set<Long> planned = pickListsOf(order.orderId()).stream().map(PickList::getWarehouseId)
                .collect(Collectors.toSet());
        Set<Long> variantIds = order.parcels().stream().flatMap(p -> p.lines().stream())
                .map(OrderConfirmed.Line::variantId).collect(Collectors.toSet());
        List<PlannedPickList> plans = new ParcelPlanner(defaultUnitWeightKg).plan(order.parcels(),
                catalog.weightsOf(variantIds));
        for (PlannedPickList plan : plans) {
            if (planned.contains(plan.warehouseId())) {
                continue;
            }
            PickList pickList = open(order, plan);
            if (automaticPicking) {
                pick(pickList, AUTOMATION);
                pack(pickList, AUTOMATION);
            }
        }
    }

    /** Takes back every pick list of a cancelled order that no carrier has yet; shipped parcels are beyond reach. */
    public void cancelPickLists(OrderCancelled cancellation) {
        List<PickList> pickLists = pickListsOf(cancellation.orderId());
        if (pickLists.isEmpty()) {
            return;
        }
        Set<Long> shipped = carriers.shippedPickLists(cancellation.orderId());
        Instant now = Instant.now();
        for (PickList pickList : pickLists) {
            if (FloorRules.cancellable(pickList.getStatus(), shipped.contains(pickList.getId()))) {
                pickList.setStatus(PickListStatus.CANCELLED);
                pickList.setCancelledAt(now);
            } else if (pickList.getStatus() != PickListStatus.CANCELLED) {
                LOG.info(() -> "pick list " + pickList.getId() + " of cancelled order " + cancellation.orderNumber()
                        + " is already with a carrier and stays as it is");
            }
        }
    }

    public Page<PickListView> listPickLists(Caller caller, PickListFilter filter, PageRequest page) {
        FilteredQuery<PickList> query = new FilteredQuery<>(PickList.class, "p");
        if (!caller.seesAllMerchants()) {
            query.where("p.merchantId = :merchant", "merchant", caller.ownMerchantId());
        }
        if (filter.orderId() != null) {
            query.where("p.orderId = :order", "order", filter.orderId());
        }
        if (filter.warehouseId() != null) {
            query.where("p.warehouseId = :warehouse", "warehouse", filter.warehouseId());
        }
        if (filter.status() != null && !filter.status().isBlank()) {
            query.where("p.status = :status", "status", Codes.parse(PickListStatus.class, "status",
                    filter.status()));
        }
        Page<PickList> found = query.page(em, "p.createdAt desc, p.id desc", page);
        Map<Long, List<PickListLine>> lines = linesOf(found.items().stream().map(PickList::getId).toList());
        Map<Long, String> codes = warehouseCodes();
        return found.map(p -> view(p, codes, lines.getOrDefault(p.getId(), List.of())));
    }

    public PickListView findPickList(Caller caller, long id) {
        return view(visiblePickList(caller, id, false));
    }

    /** Someone on the floor took the goods of an open pick list off the shelves. */
    public PickListView pickGoods(Caller caller, long id) {
        PickList pickList = visiblePickList(caller, id, true);
        requireFloorStaff(caller);
        FloorRules.requirePickable(id, pickList.getStatus());
        pick(pickList, caller.username());
        return view(pickList);
    }

    /** Someone on the floor packed a picked pick list: the parcel is ready for a carrier. */
    public PickListView packParcel(Caller caller, long id) {
        PickList pickList = visiblePickList(caller, id, true);
        requireFloorStaff(caller);
        FloorRules.requirePackable(id, pickList.getStatus());
        pack(pickList, caller.username());
        return view(pickList);
    }

    /** Today's load of every warehouse (UTC day), busiest first among those with a capacity on record. */
    public List<UtilisationView> utilisation() {
        Instant startOfDay = LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<Long, Object[]> today = em.createQuery("select p.warehouseId, sum(p.units), count(p) from PickList p"
                        + " where p.createdAt >= :start and p.status <> :cancelled group by p.warehouseId", Object[].class)
                .setParameter("start", startOfDay)
                .setParameter("cancelled", PickListStatus.CANCELLED)
                .getResultList().stream().collect(Collectors.toMap(r -> (Long) r[0], Function.identity()));
        Map<Long, Long> waiting = em.createQuery("select p.warehouseId, sum(p.units) from PickList p"
                        + " where p.status in :waiting group by p.warehouseId", Object[].class)
                .setParameter("waiting", List.of(PickListStatus.OPEN, PickListStatus.PICKED))
                .getResultList().stream().collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).longValue()));
        return em.createQuery("select w from Warehouse w order by w.code", Warehouse.class).getResultList().stream()
                .map(w -> {
                    Object[] row = today.get(w.getId());
                    long units = row == null ? 0 : ((Number) row[1]).longValue();
                    long pickLists = row == null ? 0 : ((Number) row[2]).longValue();
                    return new UtilisationView(w.getId(), w.getCode(), w.getName(), w.isActive(), w.getCapacity(),
                            units, pickLists, waiting.getOrDefault(w.getId(), 0L),
                            FloorRules.utilisationPercent(units, w.getCapacity()));
                })
                .toList();
    }

    /** For the Carrier agent: the pick list behind a parcel, whoever asks. */
    public Optional<PickListView> pickListFacts(long id) {
        return Optional.ofNullable(em.find(PickList.class, id)).map(this::view);
    }

    /** For the Carrier agent: where a parcel starts its journey. */
    public Optional<WarehouseLocation> location(long warehouseId) {
        return Optional.ofNullable(em.find(Warehouse.class, warehouseId)).map(w -> new WarehouseLocation(w.getId(),
                w.getCode(), w.getName(), w.getCity(), w.getState(), w.getCountry()));
    }

    /** Warehouse codes by id, for pages that name warehouses. */
    public Map<Long, String> warehouseCodes() {
        return em.createQuery("select w.id, w.code from Warehouse w", Object[].class).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    /** One warehouse's code, where a single pick list needs it (packing, a pick list's page). */
    private String warehouseCode(long warehouseId) {
        return em.find(Warehouse.class, warehouseId).getCode();
    }

    private PickList open(OrderConfirmed order, PlannedPickList plan) {
        PickList pickList = new PickList();
        pickList.setOrderId(order.orderId());
        pickList.setOrderNumber(order.orderNumber());
        pickList.setMerchantId(order.merchantId());
        pickList.setWarehouseId(plan.warehouseId());
        pickList.setShippingAddressId(order.shippingAddressId());
        pickList.setServiceLevel(order.serviceLevel());
        pickList.setStatus(PickListStatus.OPEN);
        pickList.setUnits(plan.units());
        pickList.setWeightKg(plan.weightKg());
        pickList.setCreatedAt(Instant.now());
        em.persist(pickList);
        em.flush();
        for (PlannedLine planned : plan.lines()) {
            PickListLine line = new PickListLine();
            line.setPickListId(pickList.getId());
            line.setOrderLineId(planned.orderLineId());
            line.setProductId(planned.productId());
            line.setVariantId(planned.variantId());
            line.setSku(planned.sku());
            line.setName(planned.name());
            line.setQuantity(planned.quantity());
            line.setUnitWeightKg(planned.unitWeightKg());
            em.persist(line);
        }
        return pickList;
    }

    private void pick(PickList pickList, String by) {
        pickList.setStatus(PickListStatus.PICKED);
        pickList.setPickedBy(by);
        pickList.setPickedAt(Instant.now());
    }

    private void pack(PickList pickList, String by) {
        pickList.setStatus(PickListStatus.PACKED);
        pickList.setPackedBy(by);
        pickList.setPackedAt(Instant.now());
        timeline.record(pickList.getOrderId(), Agent.WAREHOUSE, TimelineStep.PARCEL_PACKED, pickList.getUnits()
                + " unit(s), " + pickList.getWeightKg() + " kg, packed in " + warehouseCode(pickList.getWarehouseId())
                + " (pick list " + pickList.getId() + ")");
        events.publish(Agent.WAREHOUSE, EventType.PARCEL_PACKED, pickList.getOrderId(), new ParcelPacked(
                pickList.getOrderId(), pickList.getId(), pickList.getWarehouseId(),
                warehouseCode(pickList.getWarehouseId()), pickList.getShippingAddressId(),
                pickList.getServiceLevel(), pickList.getWeightKg(), pickList.getUnits()));
    }

    private List<PickList> pickListsOf(long orderId) {
        return em.createQuery("select p from PickList p where p.orderId = :order order by p.id", PickList.class)
                .setParameter("order", orderId).getResultList();
    }

    /** Other merchants' pick lists are reported as absent; a pick list about to move is locked against a twin. */
    private PickList visiblePickList(Caller caller, long id, boolean forUpdate) {
        PickList pickList = forUpdate ? em.find(PickList.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(PickList.class, id);
        if (pickList == null || !caller.mayActFor(pickList.getMerchantId())) {
            throw DomainProblem.notFound("pick list", id);
        }
        return pickList;
    }

    private static void requireFloorStaff(Caller caller) {
        if (!caller.isAdmin() && !caller.isMerchant()) {
            throw DomainProblem.forbidden("only the merchant's staff and admins pick and pack");
        }
    }

    private Map<Long, List<PickListLine>> linesOf(List<Long> pickListIds) {
        if (pickListIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select l from PickListLine l where l.pickListId in :ids order by l.id",
                        PickListLine.class)
                .setParameter("ids", pickListIds).getResultList().stream()
                .collect(Collectors.groupingBy(PickListLine::getPickListId));
    }

    private PickListView view(PickList pickList) {
        return view(pickList, Map.of(pickList.getWarehouseId(), warehouseCode(pickList.getWarehouseId())),
                linesOf(List.of(pickList.getId())).getOrDefault(pickList.getId(), List.of()));
    }

    private static PickListView view(PickList p, Map<Long, String> codes, List<PickListLine> lines) {
        return new PickListView(p.getId(), p.getOrderId(), p.getOrderNumber(), p.getMerchantId(), p.getWarehouseId(),
                codes.get(p.getWarehouseId()), Codes.code(p.getStatus()), p.getServiceLevel(),
                p.getUnits(), p.getWeightKg(), p.getPickedBy(), p.getPackedBy(), p.getCreatedAt(), p.getPickedAt(),
                p.getPackedAt(), p.getCancelledAt(), lines.stream().map(l -> new LineView(l.getOrderLineId(),
                        l.getVariantId(), l.getSku(), l.getName(), l.getQuantity(), l.getUnitWeightKg())).toList());
    }
}
