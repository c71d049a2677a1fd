package com.agora.warehouse.boundary;

import com.agora.events.OrderCancelled;
import com.agora.events.OrderConfirmed;
import com.agora.events.ShipmentCreated;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.agent.BusinessAgent;
import com.agora.kernel.messaging.UpFrontReads;
import com.agora.kernel.messaging.UpFrontReads.Fact;
import com.agora.warehouse.control.Floor;
import com.agora.warehouse.control.FloorRules;
import com.agora.warehouse.control.ParcelPlanner.PlannedLine;
import com.agora.warehouse.control.ParcelPlanner.PlannedPickList;
import com.agora.warehouse.control.ParcelPlanner;
import com.agora.warehouse.control.WarehouseStore;
import com.agora.warehouse.entity.PickList;
import com.agora.warehouse.entity.PickListLine;
import com.agora.warehouse.entity.PickListStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Warehouse agent: turns a confirmed order into one pick list per warehouse, has it picked and packed (at once
 * in a robotic warehouse, by people through the API otherwise), hands each packed parcel to the carriers and records
 * when one takes it.
 */
@Stateless
@BusinessAgent(Agent.WAREHOUSE)
public class WarehouseReactions {

    private static final Logger LOG = Logger.getLogger(WarehouseReactions.class.getName());

    /** The warehouses an order has pick lists in; a set the batch adds the ones it opens to. */
    private static final Fact<Long, Set<Long>> PLANNED = new Fact<>("warehouses of an order's pick lists");
    private static final Fact<Long, PickList> LOCKED = new Fact<>("pick list, locked");

    /** Who picks and packs in a robotic warehouse, as the pick list records it. */
    static final String AUTOMATION = "automation";

    @Inject
    WarehouseStore store;

    @Inject
    Floor floor;

    @Inject
    UpFrontReads upFront;

    @Inject
    @ConfigProperty(name = "agora.warehouse.automatic-picking", defaultValue = "true")
    boolean automaticPicking;

    @Inject
    @ConfigProperty(name = "agora.warehouse.default-unit-weight-kg", defaultValue = "0.500")
    BigDecimal defaultUnitWeightKg;

    /**
     * What a batch asks the database, read before its first event: the pick lists its confirmed orders have
     * already, and the pick lists its shipments take, locked in id order.
     */
    public void readAheadFor(List<OrderConfirmed> confirmed, List<ShipmentCreated> shipments) {
        if (confirmed.size() > 1) {
            Set<Long> orders = confirmed.stream().map(OrderConfirmed::orderId).collect(Collectors.toSet());
            Map<Long, Set<Long>> planned = store.warehousesOfPickLists(orders);
            orders.forEach(order -> upFront.know(PLANNED, order, planned.getOrDefault(order, new HashSet<>())));
        }
        if (shipments.size() > 1) {
            store.lockedPickLists(shipments.stream().map(ShipmentCreated::pickListId).collect(Collectors.toSet()))
                    .forEach(pickList -> upFront.know(LOCKED, pickList.getId(), pickList));
        }
    }

    /**
     * One pick list per warehouse of the order. A replayed confirmation finds the pick lists it made before and
     * makes none twice (the unique order and warehouse pair stops even a concurrent duplicate).
     */
    public void openPickLists(OrderConfirmed order) {
        Set<Long> planned = upFront.known(PLANNED, order.orderId()).orElseGet(() -> store.pickListsOf(
                order.orderId(), false).stream().map(PickList::getWarehouseId)
                .collect(Collectors.toCollection(HashSet::new)));
        List<PlannedPickList> plans = new ParcelPlanner(defaultUnitWeightKg).plan(order.parcels());
        for (PlannedPickList plan : plans) {
            if (planned.contains(plan.warehouseId())) {
                continue;
            }
            List<PickListLine> lines = plan.lines().stream().map(WarehouseReactions::line).toList();
            PickList pickList = open(order, plan, lines);
            planned.add(plan.warehouseId());
            if (automaticPicking) {
                floor.pick(pickList, AUTOMATION);
                floor.pack(pickList, lines, AUTOMATION);
            }
        }
    }

    /**
     * Takes back every pick list of a cancelled order that no carrier has yet; shipped parcels are beyond reach. A
     * carrier may still take one of the cancelled ones: {@link #recordHandover} then ships it all the same.
     */
    public void cancelPickLists(OrderCancelled cancellation) {
        Instant now = Instant.now();
        for (PickList pickList : store.pickListsOf(cancellation.orderId(), true)) {
            if (FloorRules.cancellable(pickList.getStatus())) {
                pickList.setStatus(FloorRules.PICK_LIST.requireMove(String.valueOf(pickList.getId()),
                        pickList.getStatus(), PickListStatus.CANCELLED));
                pickList.setCancelledAt(now);
            } else if (pickList.getStatus() == PickListStatus.SHIPPED) {
                LOG.info(() -> "pick list " + pickList.getId() + " of cancelled order " + cancellation.orderNumber()
                        + " is already with a carrier and stays shipped");
            }
        }
    }

    /**
     * A carrier has the parcel, so its pick list is shipped: even one the order's cancellation took back meanwhile,
     * which keeps its cancellation time beside the shipping time (see {@link FloorRules#PICK_LIST} for that race).
     */
    public void recordHandover(ShipmentCreated shipment) {
        PickList pickList = upFront.known(LOCKED, shipment.pickListId())
                .or(() -> store.pickList(shipment.pickListId(), true)).orElseThrow(() -> new IllegalStateException(
                "pick list " + shipment.pickListId() + " of shipment " + shipment.shipmentId() + " does not exist"));
        if (!FloorRules.awaitsHandover(pickList.getStatus())) {
            return;
        }
        if (pickList.getStatus() == PickListStatus.CANCELLED) {
            LOG.info(() -> "pick list " + pickList.getId() + " of order " + shipment.orderNumber() + " was cancelled,"
                    + " but " + shipment.carrierCode() + " already has its parcel (tracking "
                    + shipment.trackingNumber() + "): it is shipped");
        }
        pickList.setStatus(FloorRules.PICK_LIST.requireMove(String.valueOf(pickList.getId()), pickList.getStatus(),
                PickListStatus.SHIPPED));
        pickList.setShippedAt(Instant.now());
    }

    private PickList open(OrderConfirmed order, PlannedPickList plan, List<PickListLine> lines) {
        PickList pickList = new PickList();
        pickList.setOrderId(order.orderId());
        pickList.setOrderNumber(order.orderNumber());
        pickList.setMerchantId(order.merchantId());
        pickList.setCustomerId(order.customerId());
        pickList.setWarehouseId(plan.warehouseId());
        pickList.setShippingAddressId(order.shippingAddressId());
        pickList.setShipTo(order.shipTo());
        pickList.setServiceLevel(order.serviceLevel());
        pickList.setStatus(FloorRules.PICK_LIST.start(PickListStatus.OPEN));
        pickList.setUnits(plan.units());
        pickList.setWeightKg(plan.weightKg());
        pickList.setCreatedAt(Instant.now());
        store.add(pickList, lines);
        return pickList;
    }

    private static PickListLine line(PlannedLine planned) {
        PickListLine line = new PickListLine();
        line.setOrderLineId(planned.orderLineId());
        line.setProductId(planned.productId());
        line.setVariantId(planned.variantId());
        line.setSku(planned.sku());
        line.setName(planned.name());
        line.setQuantity(planned.quantity());
        line.setUnitWeightKg(planned.unitWeightKg());
        return line;
    }
}
