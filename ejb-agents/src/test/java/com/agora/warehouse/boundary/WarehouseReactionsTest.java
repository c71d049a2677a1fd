package com.agora.warehouse.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.agora.events.OrderCancelled;
import com.agora.events.OrderConfirmed;
import com.agora.events.ShipmentCreated;
import com.agora.kernel.messaging.UpFrontReads;
import com.agora.warehouse.control.WarehouseStore;
import com.agora.warehouse.entity.PickList;
import com.agora.warehouse.entity.PickListLine;
import com.agora.warehouse.entity.PickListStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WarehouseReactionsTest {

    private static final long ORDER = 9;

    private final List<String> locked = new ArrayList<>();
    private final List<PickList> opened = new ArrayList<>();

    @Test
    void aCancelledOrderTakesBackEveryPickListNoCarrierHasYet() {
        PickList open = pickList(1, PickListStatus.OPEN);
        PickList packed = pickList(2, PickListStatus.PACKED);
        PickList shipped = pickList(3, PickListStatus.SHIPPED);
        WarehouseReactions reactions = reactions(open, packed, shipped);

        reactions.cancelPickLists(cancellation());

        assertEquals(PickListStatus.CANCELLED, open.getStatus());
        assertEquals(PickListStatus.CANCELLED, packed.getStatus());
        assertNotNull(packed.getCancelledAt());
        assertEquals(PickListStatus.SHIPPED, shipped.getStatus());
        assertNull(shipped.getCancelledAt());
        assertEquals(List.of("order " + ORDER), locked, "against a handover moving one of them meanwhile");
    }

    @Test
    void aParcelACarrierTakesIsShipped() {
        PickList packed = pickList(2, PickListStatus.PACKED);
        WarehouseReactions reactions = reactions(packed);

        reactions.recordHandover(handover(2));

        assertEquals(PickListStatus.SHIPPED, packed.getStatus());
        assertNotNull(packed.getShippedAt());
        assertEquals(List.of("pick list 2"), locked);
    }

    @Test
    void aRepeatedHandoverChangesNothing() {
        PickList packed = pickList(2, PickListStatus.PACKED);
        WarehouseReactions reactions = reactions(packed);
        reactions.recordHandover(handover(2));
        Instant shippedAt = packed.getShippedAt();

        reactions.recordHandover(handover(2));

        assertEquals(PickListStatus.SHIPPED, packed.getStatus());
        assertSame(shippedAt, packed.getShippedAt());
    }

    @Test
    void aHandoverAfterTheCancellationShipsThePickListAndKeepsWhenItWasCancelled() {
        PickList packed = pickList(2, PickListStatus.PACKED);
        WarehouseReactions reactions = reactions(packed);
        reactions.cancelPickLists(cancellation());
        Instant cancelledAt = packed.getCancelledAt();

        reactions.recordHandover(handover(2));

        assertEquals(PickListStatus.SHIPPED, packed.getStatus());
        assertSame(cancelledAt, packed.getCancelledAt());
        assertNotNull(packed.getShippedAt());
    }

    @Test
    void aCancellationAfterTheHandoverLeavesThePickListShipped() {
        PickList packed = pickList(2, PickListStatus.PACKED);
        WarehouseReactions reactions = reactions(packed);
        reactions.recordHandover(handover(2));

        reactions.cancelPickLists(cancellation());

        assertEquals(PickListStatus.SHIPPED, packed.getStatus());
        assertNull(packed.getCancelledAt());
    }

    @Test
    void aBatchOfHandoversLocksItsPickListsInOneQueryAndShipsEach() {
        PickList first = pickList(2, PickListStatus.PACKED);
        PickList second = pickList(3, PickListStatus.PACKED);
        WarehouseReactions reactions = reactions(first, second);

        reactions.readAheadFor(List.of(), List.of(handover(2), handover(3)));
        reactions.recordHandover(handover(2));
        reactions.recordHandover(handover(3));

        assertEquals(List.of("pick lists [2, 3]"), locked);
        assertEquals(PickListStatus.SHIPPED, first.getStatus());
        assertEquals(PickListStatus.SHIPPED, second.getStatus());
    }

    @Test
    void aBatchOfConfirmationsAsksOnceForThePickListsItsOrdersHaveAndOpensEachOnce() {
        PickList before = pickList(1, PickListStatus.PACKED);
        before.setWarehouseId(1L);
        opened.add(before);
        WarehouseReactions reactions = reactions(before);
        OrderConfirmed replayed = confirmed(ORDER);
        OrderConfirmed fresh = confirmed(ORDER + 1);

        reactions.readAheadFor(List.of(replayed, fresh, fresh), List.of());
        reactions.openPickLists(replayed);
        reactions.openPickLists(fresh);
        reactions.openPickLists(fresh);

        assertEquals(List.of("warehouses of orders [" + ORDER + ", " + (ORDER + 1) + "]"), locked);
        assertEquals(2, opened.size(), "one new pick list, for the order that had none");
        assertEquals(ORDER + 1, opened.get(1).getOrderId());
        assertEquals(1L, opened.get(1).getWarehouseId());
    }

    private WarehouseReactions reactions(PickList... pickLists) {
        Map<Long, PickList> byId = List.of(pickLists).stream()
                .collect(Collectors.toMap(PickList::getId, Function.identity()));
        WarehouseReactions reactions = new WarehouseReactions();
        reactions.store = new WarehouseStore() {
            @Override
            public List<PickList> pickListsOf(long orderId, boolean forUpdate) {
                if (forUpdate) {
                    locked.add("order " + orderId);
                }
                return List.of(pickLists);
            }

            @Override
            public Optional<PickList> pickList(long id, boolean forUpdate) {
                if (forUpdate) {
                    locked.add("pick list " + id);
                }
                return Optional.ofNullable(byId.get(id));
            }

            @Override
            public Map<Long, Set<Long>> warehousesOfPickLists(Collection<Long> orderIds) {
                locked.add("warehouses of orders " + new TreeSet<>(orderIds));
                return opened.stream().filter(p -> orderIds.contains(p.getOrderId())).collect(Collectors.groupingBy(
                        PickList::getOrderId, Collectors.mapping(PickList::getWarehouseId, Collectors.toSet())));
            }

            @Override
            public void add(PickList pickList, List<PickListLine> lines) {
                opened.add(pickList);
            }

            @Override
            public List<PickList> lockedPickLists(Collection<Long> ids) {
                locked.add("pick lists " + new TreeSet<>(ids));
                return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
            }
        };
        reactions.upFront = new UpFrontReads();
        reactions.defaultUnitWeightKg = new BigDecimal("0.500");
        return reactions;
    }

    private static OrderConfirmed confirmed(long orderId) {
        return new OrderConfirmed(orderId, "AG-" + orderId, 3, 5, null, 2, null, "standard", new BigDecimal("12.00"),
                "USD", List.of(new OrderConfirmed.Parcel(1, "WH-LAX", List.of(
                        new OrderConfirmed.Line(11, 100, 1000, "MUG-01", "Stoneware mug", 2, new BigDecimal("0.350"))))));
    }

    private static OrderCancelled cancellation() {
        return new OrderCancelled(ORDER, "AG-9", 5, null, OrderCancelled.Outcome.CANCELLED, "no");
    }

    private static ShipmentCreated handover(long pickListId) {
        return new ShipmentCreated(ORDER, "AG-9", 3, 5, 40 + pickListId, pickListId, 1, "WH-LAX", 2, "UPS",
                "standard", "1Z0000000000000001", "https://track.example/1Z0000000000000001", new BigDecimal("7.40"),
                List.of("Customer One"), List.of());
    }

    private static PickList pickList(long id, PickListStatus status) {
        PickList pickList = new PickList();
        pickList.setId(id);
        pickList.setOrderId(ORDER);
        pickList.setStatus(status);
        return pickList;
    }
}
