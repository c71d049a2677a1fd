package com.agora.warehouse.control;

import com.agora.events.EventType;
import com.agora.events.ParcelPacked;
import com.agora.events.TimelineStep;
import com.agora.inventory.entity.Warehouse;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.event.EventPublisher;
import com.agora.kernel.timeline.OrderTimeline;
import com.agora.warehouse.entity.PickList;
import com.agora.warehouse.entity.PickListLine;
import com.agora.warehouse.entity.PickListStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/** Picking and packing, the same whether the warehouse's robots do it or people report it through the API. */
@Dependent
public class Floor {

    @Inject
    WarehouseStore store;

    @Inject
    EventPublisher events;

    @Inject
    OrderTimeline timeline;

    public void pick(PickList pickList, String by) {
        pickList.setStatus(FloorRules.PICK_LIST.requireMove(String.valueOf(pickList.getId()), pickList.getStatus(),
                PickListStatus.PICKED));
        pickList.setPickedBy(by);
        pickList.setPickedAt(Instant.now());
    }

    /** A packed parcel is handed to the carriers, with the lines of its pick list as its contents. */
    public void pack(PickList pickList, List<PickListLine> lines, String by) {
        pickList.setStatus(FloorRules.PICK_LIST.requireMove(String.valueOf(pickList.getId()), pickList.getStatus(),
                PickListStatus.PACKED));
        pickList.setPackedBy(by);
        pickList.setPackedAt(Instant.now());
        Warehouse warehouse = store.warehouse(pickList.getWarehouseId());
        timeline.record(pickList.getOrderId(), Agent.WAREHOUSE, TimelineStep.PARCEL_PACKED, pickList.getUnits()
                + " unit(s), " + pickList.getWeightKg() + " kg, packed in " + warehouse.getCode()
                + " (pick list " + pickList.getId() + ")");
        events.publish(Agent.WAREHOUSE, EventType.PARCEL_PACKED, pickList.getOrderId(), new ParcelPacked(
                pickList.getOrderId(), pickList.getOrderNumber(), pickList.getId(), pickList.getMerchantId(),
                pickList.getCustomerId(), pickList.getWarehouseId(), warehouse.getCode(), warehouse.getState(),
                warehouse.getCountry(), pickList.getShipTo(), pickList.getServiceLevel(),
                pickList.getWeightKg(), pickList.getUnits(), lines.stream()
                        .map(l -> new ParcelPacked.Item(l.getSku(), l.getName(), l.getQuantity())).toList()));
    }
}
