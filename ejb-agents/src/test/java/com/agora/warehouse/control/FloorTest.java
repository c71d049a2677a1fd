package com.agora.warehouse.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.agora.events.ParcelPacked;
import com.agora.events.TimelineStep;
import com.agora.inventory.entity.Warehouse;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.entity.TimelineEntry;
import com.agora.kernel.event.PublishedEvents;
import com.agora.kernel.timeline.OrderTimeline;
import com.agora.persistence.PostalAddress;
import com.agora.warehouse.entity.PickList;
import com.agora.warehouse.entity.PickListLine;
import com.agora.warehouse.entity.PickListStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FloorTest {

    private static final PostalAddress ADA = new PostalAddress("Ada", null, "1 Main St", null, "Austin", "TX", "78701",
            "US");

    private final List<Object> published = new ArrayList<>();

    @Test
    void aPackedParcelTellsTheCarrierWhoseItIsWhereItStartsAndWhatItHolds() {
        PickList pickList = new PickList();
        pickList.setId(70L);
        pickList.setOrderId(7L);
        pickList.setOrderNumber("AG-7");
        pickList.setMerchantId(3L);
        pickList.setCustomerId(5L);
        pickList.setWarehouseId(4L);
        pickList.setShippingAddressId(11L);
        pickList.setShipTo(ADA);
        pickList.setServiceLevel("express");
        pickList.setUnits(3);
        pickList.setWeightKg(new BigDecimal("1.500"));
        pickList.setStatus(PickListStatus.PICKED);

        floor().pack(pickList, List.of(line("MUG-01", "Mug", 2), line("TEA-7", "Tea", 1)), "ann");

        assertEquals(PickListStatus.PACKED, pickList.getStatus());
        assertEquals(List.of(new ParcelPacked(7, "AG-7", 70, 3, 5, 4, "AUS-1", "TX", "US", ADA, "express",
                new BigDecimal("1.500"), 3, List.of(new ParcelPacked.Item("MUG-01", "Mug", 2),
                        new ParcelPacked.Item("TEA-7", "Tea", 1)))), published);
    }

    private Floor floor() {
        Floor floor = new Floor();
        floor.store = new WarehouseStore() {
            @Override
            public Warehouse warehouse(long id) {
                Warehouse warehouse = new Warehouse();
                warehouse.setCode("AUS-1");
                warehouse.setState("TX");
                warehouse.setCountry("US");
                return warehouse;
            }
        };
        floor.events = new PublishedEvents(published);
        floor.timeline = new OrderTimeline() {
            @Override
            public TimelineEntry record(long orderId, Agent agent, TimelineStep step, String detail) {
                return null;
            }
        };
        return floor;
    }

    private static PickListLine line(String sku, String name, int quantity) {
        PickListLine line = new PickListLine();
        line.setSku(sku);
        line.setName(name);
        line.setQuantity(quantity);
        return line;
    }
}
