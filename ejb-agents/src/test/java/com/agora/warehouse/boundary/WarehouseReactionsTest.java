package com.agora.warehouse.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.agora.carrier.boundary.CarrierFacts;
import com.agora.events.OrderCancelled;
import com.agora.warehouse.control.WarehouseStore;
import com.agora.warehouse.entity.PickList;
import com.agora.warehouse.entity.PickListStatus;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WarehouseReactionsTest {

    private static final long ORDER = 9;

    @Test
    void aCancelledOrderTakesBackEveryPickListNoCarrierHasYet() {
        PickList open = pickList(1, PickListStatus.OPEN);
        PickList packed = pickList(2, PickListStatus.PACKED);
        PickList shipped = pickList(3, PickListStatus.PACKED);
        WarehouseReactions reactions = reactions(List.of(open, packed, shipped), Set.of(3L));

        reactions.cancelPickLists(new OrderCancelled(ORDER, "AG-9", 5, null, OrderCancelled.Outcome.CANCELLED, "no"));

        assertEquals(PickListStatus.CANCELLED, open.getStatus());
        assertEquals(PickListStatus.CANCELLED, packed.getStatus());
        assertNotNull(packed.getCancelledAt());
        assertEquals(PickListStatus.PACKED, shipped.getStatus());
        assertNull(shipped.getCancelledAt());
    }

    @Test
    void anOrderWithoutPickListsAsksTheCarriersNothing() {
        WarehouseReactions reactions = reactions(List.of(), null);

        reactions.cancelPickLists(new OrderCancelled(ORDER, "AG-9", 5, null, OrderCancelled.Outcome.PAYMENT_FAILED, "no"));
    }

    /** @param shipped the pick lists with a carrier; null when the carriers must not be asked */
    private static WarehouseReactions reactions(List<PickList> pickLists, Set<Long> shipped) {
        WarehouseReactions reactions = new WarehouseReactions();
        reactions.store = new WarehouseStore() {
            @Override
            public List<PickList> pickListsOf(long orderId) {
                return pickLists;
            }
        };
        reactions.carriers = new CarrierFacts() {
            @Override
            public Set<Long> shippedPickLists(long orderId) {
                if (shipped == null) {
                    throw new AssertionError("the carriers were asked");
                }
                return shipped;
            }
        };
        return reactions;
    }

    private static PickList pickList(long id, PickListStatus status) {
        PickList pickList = new PickList();
        pickList.setId(id);
        pickList.setOrderId(ORDER);
        pickList.setStatus(status);
        return pickList;
    }
}
