package com.agora.order.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.events.CustomerContact;
import com.agora.events.OrderShipped;
import com.agora.events.ParcelPacked;
import com.agora.events.ShipmentCreated;
import com.agora.events.ShipmentTracked;
import com.agora.events.TimelineStep;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.entity.TimelineEntry;
import com.agora.kernel.event.PublishedEvents;
import com.agora.kernel.timeline.OrderTimeline;
import com.agora.order.control.OrderStore;
import com.agora.order.entity.CustomerOrder;
import com.agora.order.entity.FulfillmentStatus;
import com.agora.order.entity.OrderAllocation;
import com.agora.order.entity.OrderLine;
import com.agora.order.entity.OrderShipment;
import com.agora.order.entity.OrderStatus;
import com.agora.order.entity.ParcelStatus;
import com.agora.persistence.PostalAddress;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderFulfilmentReactionsTest {

    private static final long ORDER = 21;
    private static final long NORTH = 1;
    private static final long SOUTH = 2;
    private static final Instant MORNING = Instant.parse("2025-11-20T08:00:00Z");
    private static final Instant NOON = Instant.parse("2025-11-20T12:00:00Z");

    private static final PostalAddress BOB_AT_HOME = new PostalAddress("Bob", null, "2 Side St", null, "Leeds", null,
            "LS1 1AA", "GB");

    private final CustomerOrder order = new CustomerOrder();
    private final List<OrderShipment> shipments = new ArrayList<>();
    private final List<Object> published = new ArrayList<>();
    private final List<String> steps = new ArrayList<>();
    private final OrderFulfilmentReactions reactions = new OrderFulfilmentReactions();

    @BeforeEach
    void wire() {
        order.setId(ORDER);
        order.setOrderNumber("AG-21");
        order.setMerchantId(3L);
        order.setCustomerId(5L);
        order.setStatus(OrderStatus.CONFIRMED);
        order.setShippingAddressId(8L);
        order.setMerchantName("Nordic Goods Ltd");
        order.setCustomerEmail("bob@example.com");
        order.setCustomerName("Bob");
        order.setShipTo(BOB_AT_HOME);
        order.setBillingAddressId(8L);
        order.setBillTo(BOB_AT_HOME);
        order.setSubtotal(new BigDecimal("25.00"));
        order.setDiscount(new BigDecimal("2.00"));
        order.setTax(new BigDecimal("2.00"));
        order.setShippingCost(new BigDecimal("5.00"));
        order.setTotal(new BigDecimal("30.00"));
        order.setCurrency("USD");
        OrderLine mugs = new OrderLine();
        mugs.setSku("MUG-01");
        mugs.setName("Mug");
        mugs.setQuantity(3);
        mugs.setUnitPrice(new BigDecimal("8.3333"));
        mugs.setTotalPrice(new BigDecimal("25.00"));
        order.addLine(mugs);
        reactions.store = new OrderStore() {
            @Override
            public CustomerOrder locked(long id) {
                return order;
            }

            @Override
            public List<OrderShipment> shipments(long orderId) {
                return List.copyOf(shipments);
            }

            @Override
            public List<OrderAllocation> allocations(long orderId) {
                return List.of(new OrderAllocation(ORDER, 100, NORTH, "N", 2),
                        new OrderAllocation(ORDER, 100, SOUTH, "S", 1));
            }

            @Override
            public void add(OrderShipment shipment) {
                shipments.add(shipment);
            }
        };
        reactions.timeline = new OrderTimeline() {
            @Override
            public TimelineEntry record(long orderId, Agent agent, TimelineStep step, String detail) {
                steps.add(step.stepName());
                return null;
            }
        };
        reactions.events = new PublishedEvents(published);
    }

    @Test
    void theFirstOfTwoParcelsMakesTheOrderProcessingAndTheSecondShipsIt() {
        reactions.shipmentCreated(shipment(501, NORTH));

        assertEquals(OrderStatus.PROCESSING, order.getStatus());
        assertEquals(FulfillmentStatus.PARTIALLY_FULFILLED, order.getFulfillmentStatus());
        assertTrue(published.isEmpty());

        reactions.shipmentCreated(shipment(502, SOUTH));

        assertEquals(OrderStatus.SHIPPED, order.getStatus());
        assertEquals(FulfillmentStatus.FULFILLED, order.getFulfillmentStatus());
        OrderShipped shipped = (OrderShipped) published.get(0);
        assertEquals(List.of(501L, 502L),
                shipped.shipments().stream().map(OrderShipped.Shipment::shipmentId).toList());
        assertEquals(List.of("ShipmentCreated", "ShipmentCreated", "OrderShipped"), steps);
    }

    @Test
    void theShippedOrderStatesWhatTheInvoiceAndTheMailNeedAsTheOrderRecordedThem() {
        reactions.shipmentCreated(shipment(501, NORTH));
        reactions.shipmentCreated(shipment(502, SOUTH));

        OrderShipped shipped = (OrderShipped) published.get(0);
        assertEquals(BOB_AT_HOME, shipped.billTo());
        assertEquals("Nordic Goods Ltd", shipped.merchantName());
        assertEquals(new CustomerContact("bob@example.com", "Bob"), shipped.customer());
        assertEquals(order.getShippedAt(), shipped.shippedAt());
        assertEquals(List.of(new OrderShipped.Line("MUG-01", "Mug", 3, new BigDecimal("8.3333"),
                new BigDecimal("25.00"))), shipped.lines());
        assertEquals(List.of(new BigDecimal("25.00"), new BigDecimal("2.00"), new BigDecimal("2.00"),
                        new BigDecimal("5.00"), new BigDecimal("30.00")),
                List.of(shipped.subtotal(), shipped.discount(), shipped.tax(), shipped.shippingCost(), shipped.total()));
        assertEquals(3L, shipped.merchantId());
        assertEquals(5L, shipped.customerId());
    }

    @Test
    void aShipmentHeardOfTwiceCountsOnce() {
        reactions.shipmentCreated(shipment(501, NORTH));
        reactions.shipmentCreated(shipment(501, NORTH));

        assertEquals(1, shipments.size());
        assertEquals(OrderStatus.PROCESSING, order.getStatus());
    }

    @Test
    void aShipmentOfACancelledOrderIsOnlyNotedForSomeoneToVoid() {
        order.setStatus(OrderStatus.CANCELLED);

        reactions.shipmentCreated(shipment(501, NORTH));

        assertTrue(shipments.isEmpty());
        assertEquals(OrderStatus.CANCELLED, order.getStatus());
        assertEquals(List.of("ShipmentCreated", "ShipmentNotExpected"), steps);
    }

    @Test
    void everyParcelDeliveredDeliversTheOrderAndALateScanMovesNoParcelBack() {
        reactions.shipmentCreated(shipment(501, NORTH));
        reactions.shipmentCreated(shipment(502, SOUTH));
        reactions.shipmentTracked(tracked(501, "in_transit", MORNING));
        reactions.shipmentTracked(tracked(501, "delivered", NOON));
        reactions.shipmentTracked(tracked(502, "delivered", NOON));

        reactions.shipmentTracked(tracked(501, "in_transit", MORNING));

        assertEquals(List.of(ParcelStatus.DELIVERED, ParcelStatus.DELIVERED),
                shipments.stream().map(OrderShipment::getStatus).toList());
        assertEquals(NOON, shipments.get(0).getDeliveredAt());
        assertEquals(OrderStatus.DELIVERED, order.getStatus());
        assertEquals(NOON, order.getDeliveredAt());
    }

    private static ShipmentTracked tracked(long shipmentId, String status, Instant at) {
        return new ShipmentTracked(ORDER, shipmentId, "US" + shipmentId, status, "Austin TX", null, at);
    }

    private static ShipmentCreated shipment(long shipmentId, long warehouseId) {
        return new ShipmentCreated(ORDER, "AG-21", 3, 5, shipmentId, shipmentId + 1000, warehouseId, "N", 2, "usps",
                "standard", "US" + shipmentId, null, new BigDecimal("6.50"), List.of("Ada", "Austin TX"),
                List.of(new ParcelPacked.Item("MUG-01", "Mug", 1)));
    }
}
