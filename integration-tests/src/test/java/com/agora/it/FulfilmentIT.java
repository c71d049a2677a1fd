package com.agora.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.it.ApiClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * From a paid order to a delivered parcel, as the warehouse staff, the carriers and operations live it: pick lists
 * per warehouse are picked and packed by hand (the test domain has no picking robots), the Carrier agent buys a
 * label, Transport Management schedules the pickup and takes the carrier's tracking reports.
 *
 * <p>The test runs inside the server so that, where Fraud Detection or Payment are not built yet, it can stand in
 * for them on the Order agent's queue; once they are deployed it only waits for them.
 */
@ExtendWith(ArquillianExtension.class)
class FulfilmentIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Deployment(name = "platform", testable = false, order = 1)
    static EnterpriseArchive platform() {
        return Deployments.platform();
    }

    @Deployment(name = "probe", order = 2)
    static WebArchive probe() {
        // The order story's helpers (an order's JSON, its timeline) come along.
        return Deployments.probe(FulfilmentIT.class, OrderToReservationIT.class);
    }

    @ArquillianResource
    URL probeUrl;

    @Test
    @OperateOnDeployment("probe")
    void aPaidOrderIsPickedPackedShippedCollectedAndDelivered() throws Exception {
        ApiClient merchant = api("merchant1", "merchant123");
        ApiClient integrator = api("integrator", "integrator123");
        ApiClient admin = api("admin", "admin123");
        long variant = stockedVariant(merchant, 4, 0);
        long order = paidOrder(integrator, variant, 2);

        JsonObject pickList = awaitPickLists(merchant, order, 1).get(0);
        assertEquals("open", pickList.getString("status"));
        assertEquals(2, pickList.getInt("units"));
        assertEquals(new BigDecimal("1.000"), pickList.getJsonNumber("weightKg").bigDecimalValue(),
                "two units at the default weight of 0.5 kg");
        long pickListId = pickList.getJsonNumber("id").longValue();
        Reply packedTooEarly = merchant.post("/api/v1/pick-lists/" + pickListId + "/pack", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(409, packedTooEarly.status(), packedTooEarly.body());
        assertEquals(404, api("merchant2", "merchant123").post("/api/v1/pick-lists/" + pickListId + "/pick",
                JsonValue.EMPTY_JSON_OBJECT).status(), "another merchant's pick list does not exist for them");

        pickAndPack(merchant, pickListId);

        JsonObject shipment = awaitShipments(integrator, order, 1).get(0);
        String trackingNumber = shipment.getString("trackingNumber");
        assertEquals("pending", shipment.getString("status"));
        assertTrue(shipment.getString("trackingUrl").endsWith(trackingNumber), shipment.toString());
        assertTrue(trackingNumber.startsWith(shipment.getString("carrierCode")), shipment.toString());
        assertTrue(shipment.getJsonNumber("shippingCost").bigDecimalValue().signum() > 0, shipment.toString());
        long shipmentId = shipment.getJsonNumber("id").longValue();
        JsonObject pickup = awaitPickupOf(admin, shipmentId);
        assertEquals("scheduled", pickup.getString("status"));
        assertEquals(shipment.getJsonNumber("carrierId"), pickup.getJsonNumber("carrierId"));
        integrator.await("/api/v1/orders/" + order, o -> o.getString("status").equals("shipped"), TIMEOUT);
        JsonObject handedOver = merchant.await("/api/v1/pick-lists/" + pickListId,
                p -> p.getString("status").equals("shipped"), TIMEOUT);
        assertNotNull(handedOver.getString("shippedAt", null), handedOver.toString());

        Reply collected = admin.post("/api/v1/pickups/" + pickup.getJsonNumber("id") + "/collected",
                JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(200, collected.status(), collected.body());
        assertEquals("collected", collected.json().getString("status"));
        assertEquals(409, admin.post("/api/v1/pickups/" + pickup.getJsonNumber("id") + "/collected",
                JsonValue.EMPTY_JSON_OBJECT).status());

        Reply inTransit = integrator.post("/api/v1/tracking-updates", tracking(trackingNumber, "in_transit",
                "Memphis, TN").toString(), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(201, inTransit.status(), inTransit.body());
        integrator.await("/api/v1/shipments/" + shipmentId,
                s -> s.getJsonObject("shipment").getString("status").equals("in_transit"), TIMEOUT);
        String deliveryKey = UUID.randomUUID().toString();
        String delivery = tracking(trackingNumber, "delivered", "Front door").toString();
        Reply delivered = integrator.post("/api/v1/tracking-updates", delivery,
                Map.of("Idempotency-Key", deliveryKey));
        assertEquals(201, delivered.status(), delivered.body());

        JsonObject detail = integrator.await("/api/v1/shipments/" + shipmentId,
                s -> s.getJsonObject("shipment").getString("status").equals("delivered"), TIMEOUT);
        assertNotNull(detail.getJsonObject("shipment").getString("actualDeliveryDate", null), detail.toString());
        assertEquals(List.of("in_transit", "delivered"), detail.getJsonArray("trackingEvents").stream()
                .map(e -> e.asJsonObject().getString("status")).toList());
        JsonObject deliveredOrder = integrator.await("/api/v1/orders/" + order,
                o -> o.getString("status").equals("delivered"), TIMEOUT);
        assertTrue(OrderToReservationIT.timeline(deliveredOrder).contains("ShipmentDelivered"),
                deliveredOrder.toString());

        Reply retried = integrator.post("/api/v1/tracking-updates", delivery, Map.of("Idempotency-Key", deliveryKey));
        assertEquals(delivered.json().getJsonNumber("id"), retried.json().getJsonNumber("id"),
                "a retry with the same key returns the recorded event: " + retried.body());
        Reply afterDelivery = integrator.post("/api/v1/tracking-updates",
                tracking(trackingNumber, "in_transit", "Back at the depot"));
        assertEquals(409, afterDelivery.status(), afterDelivery.body());
        assertTrue(afterDelivery.contentType().startsWith("application/problem+json"), afterDelivery.contentType());
        assertEquals(404, api("merchant2", "merchant123").get("/api/v1/shipments/" + shipmentId).status());
        assertEquals(200, merchant.get("/api/v1/shipments/" + shipmentId).status());
    }

    @Test
    @OperateOnDeployment("probe")
    void anOrderSplitAcrossTwoWarehousesShipsAsTwoParcels() throws Exception {
        ApiClient merchant = api("merchant1", "merchant123");
        ApiClient integrator = api("integrator", "integrator123");
        ApiClient admin = api("admin", "admin123");
        long variant = stockedVariant(merchant, 3, 4);
        long order = paidOrder(integrator, variant, 6);

        List<JsonObject> pickLists = awaitPickLists(merchant, order, 2);
        assertEquals(2, pickLists.stream().map(p -> p.getJsonNumber("warehouseId")).distinct().count());
        assertEquals(6, pickLists.stream().mapToInt(p -> p.getInt("units")).sum());
        for (JsonObject pickList : pickLists) {
            pickAndPack(merchant, pickList.getJsonNumber("id").longValue());
        }

        List<JsonObject> shipments = awaitShipments(integrator, order, 2);
        assertEquals(2, shipments.stream().map(s -> s.getString("trackingNumber")).distinct().count());
        assertEquals(pickLists.stream().map(p -> p.getJsonNumber("id").longValue()).collect(Collectors.toSet()),
                shipments.stream().map(s -> s.getJsonNumber("pickListId").longValue()).collect(Collectors.toSet()));
        for (JsonObject shipment : shipments) {
            JsonObject pickup = awaitPickupOf(admin, shipment.getJsonNumber("id").longValue());
            assertEquals(shipment.getJsonNumber("warehouseId"), pickup.getJsonNumber("warehouseId"));
        }
        JsonObject shipped = integrator.await("/api/v1/orders/" + order,
                o -> o.getString("status").equals("shipped"), TIMEOUT);
        assertTrue(OrderToReservationIT.timeline(shipped).contains("OrderShipped"), shipped.toString());
        Map<Long, JsonObject> load = admin.get("/api/v1/warehouses/utilisation").array().stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(w -> w.getJsonNumber("warehouseId").longValue(), w -> w));
        for (JsonObject pickList : pickLists) {
            JsonObject warehouse = load.get(pickList.getJsonNumber("warehouseId").longValue());
            assertTrue(warehouse.getInt("unitsToday") >= pickList.getInt("units"), load.toString());
            assertTrue(warehouse.getJsonNumber("utilisationPercent").bigDecimalValue().signum() > 0, load.toString());
        }
    }

    @Test
    @OperateOnDeployment("probe")
    void cancellingAnOrderInTheWarehouseCancelsItsPickLists() throws Exception {
        OnePickList arranged = paidOrderWithOnePickList();
        ApiClient merchant = arranged.merchant();
        long pickListId = arranged.pickListId();

        Reply cancelled = arranged.cancelOrder();

        assertEquals(200, cancelled.status(), cancelled.body());
        merchant.await("/api/v1/pick-lists/" + pickListId, p -> p.getString("status").equals("cancelled"), TIMEOUT);
        assertEquals(409, merchant.post("/api/v1/pick-lists/" + pickListId + "/pick", JsonValue.EMPTY_JSON_OBJECT)
                .status());
    }

    /**
     * The race of a cancellation with the carrier: the Carrier agent looks for a cancellation when the packed parcel
     * reaches it, buys the label, and only then stores the shipment. Holding that shipment back (a lock on the
     * shipments table) until the cancellation is through lets the cancellation commit while a carrier already has
     * the parcel, the way it happens when both come within a moment.
     */
    @Test
    @OperateOnDeployment("probe")
    void cancellingAnOrderWhoseParcelACarrierAlreadyHasLeavesItsPickListShipped() throws Exception {
        OnePickList arranged = paidOrderWithOnePickList();
        ApiClient merchant = arranged.merchant();
        ApiClient integrator = arranged.integrator();
        long order = arranged.order();
        long pickListId = arranged.pickListId();
        Reply picked = merchant.post("/api/v1/pick-lists/" + pickListId + "/pick", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(200, picked.status(), picked.body());

        try (Connection shipmentsHeld = InServer.database().getConnection()) {
            shipmentsHeld.setAutoCommit(false);
            try (Statement lock = shipmentsHeld.createStatement()) {
                lock.execute("lock table shipments in share mode");
            }
            try {
                Reply packed = merchant.post("/api/v1/pick-lists/" + pickListId + "/pack",
                        JsonValue.EMPTY_JSON_OBJECT);
                assertEquals(200, packed.status(), packed.body());
                Eventually.untilTrue(FulfilmentIT::aCarrierWaitsToStoreItsShipment, TIMEOUT,
                        "the carrier buying a label for pick list " + pickListId);

                Reply cancelled = arranged.cancelOrder();
                assertEquals(200, cancelled.status(), cancelled.body());
                merchant.await("/api/v1/pick-lists/" + pickListId, p -> p.getString("status").equals("cancelled"),
                        TIMEOUT);
            } finally {
                shipmentsHeld.rollback();
            }
        }

        JsonObject pickList = merchant.await("/api/v1/pick-lists/" + pickListId,
                p -> p.getString("status").equals("shipped"), TIMEOUT);
        assertNotNull(pickList.getString("cancelledAt", null), "it was cancelled before: " + pickList);
        assertEquals(1, awaitShipments(integrator, order, 1).size());
        JsonObject cancelledOrder = integrator.await("/api/v1/orders/" + order,
                o -> OrderToReservationIT.timeline(o).contains("ShipmentNotExpected"), TIMEOUT);
        assertEquals("cancelled", cancelledOrder.getString("status"));
        Reply cancelledAgain = integrator.post("/api/v1/orders/" + order + "/cancel",
                Json.createObjectBuilder().add("reason", "once more").build());
        assertEquals(409, cancelledAgain.status(), cancelledAgain.body());
        assertEquals("shipped", merchant.get("/api/v1/pick-lists/" + pickListId).json().getString("status"),
                "a refused second cancellation leaves the parcel with its carrier");
    }

    /** A paid order of one unit stocked in the first warehouse, its one pick list, and who sells and who bought. */
    private OnePickList paidOrderWithOnePickList() throws Exception {
        ApiClient merchant = api("merchant1", "merchant123");
        ApiClient integrator = api("integrator", "integrator123");
        long order = paidOrder(integrator, stockedVariant(merchant, 2, 0), 1);
        return new OnePickList(merchant, integrator, order,
                awaitPickLists(merchant, order, 1).get(0).getJsonNumber("id").longValue());
    }

    private record OnePickList(ApiClient merchant, ApiClient integrator, long order, long pickListId) {

        Reply cancelOrder() {
            return integrator.post("/api/v1/orders/" + order + "/cancel",
                    Json.createObjectBuilder().add("reason", "customer changed their mind").build());
        }
    }

    @Test
    @OperateOnDeployment("probe")
    void badTrackingUpdatesGetProblems() {
        ApiClient integrator = api("integrator", "integrator123");

        Reply unknown = integrator.post("/api/v1/tracking-updates", tracking("NOPE000000000000", "in_transit", null));
        assertEquals(404, unknown.status(), unknown.body());
        assertTrue(unknown.contentType().startsWith("application/problem+json"), unknown.contentType());
        Reply badStatus = integrator.post("/api/v1/tracking-updates", tracking("NOPE000000000000", "lost", null));
        assertEquals(400, badStatus.status(), badStatus.body());
        assertEquals("status", badStatus.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Reply noNumber = integrator.post("/api/v1/tracking-updates",
                Json.createObjectBuilder().add("status", "delivered").build());
        assertEquals(400, noNumber.status(), noNumber.body());
        assertEquals(403, api("merchant1", "merchant123").post("/api/v1/tracking-updates",
                tracking("NOPE000000000000", "in_transit", null)).status(), "merchants do not report tracking");
        assertEquals(403, api("merchant1", "merchant123").get("/api/v1/pickups").status());
        assertEquals(404, integrator.get("/api/v1/shipments/" + Long.MAX_VALUE).status());
    }

    // --- the story's steps ------------------------------------------------------------------------------------

    /** A fresh product of merchant 1 with the given stock in the first two warehouses; answers its variant. */
    private static long stockedVariant(ApiClient merchant, int inFirst, int inSecond) {
        String sku = "FUL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Reply created = merchant.post("/api/v1/products", Json.createObjectBuilder().add("sku", sku)
                .add("name", "Fulfilment " + sku).add("price", new BigDecimal("15.00")).add("status", "active")
                .build());
        assertEquals(201, created.status(), created.body());
        long variant = created.json().getJsonArray("variants").getJsonObject(0).getJsonNumber("id").longValue();
        List<Long> warehouses = merchant.get("/api/v1/inventory/warehouses").array().stream()
                .map(w -> w.asJsonObject().getJsonNumber("id").longValue()).toList();
        int[] units = {inFirst, inSecond};
        for (int i = 0; i < units.length; i++) {
            if (units[i] > 0) {
                Reply stocked = merchant.post("/api/v1/inventory/adjustments", Json.createObjectBuilder()
                        .add("variantId", variant).add("warehouseId", warehouses.get(i)).add("type", "restock")
                        .add("quantityChange", units[i]).add("reason", "fulfilment test stock").build());
                assertEquals(201, stocked.status(), stocked.body());
            }
        }
        return variant;
    }

    /**
     * Places an order and sees it through fraud screening and payment authorization. Where those agents are not
     * built yet, the test gives their answers on the Order agent's queue, as they would.
     */
    private long paidOrder(ApiClient integrator, long variant, int quantity) {
        Reply placed = integrator.post("/api/v1/orders", OrderToReservationIT.order(variant, quantity).toString(),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(201, placed.status(), placed.body());
        long order = placed.json().getJsonNumber("id").longValue();
        integrator.await("/api/v1/orders/" + order, OrderToReservationIT::stockHeld, TIMEOUT);
        integrator.await("/api/v1/orders/" + order,
                o -> OrderToReservationIT.timeline(o).contains("FraudCleared"), TIMEOUT);
        integrator.await("/api/v1/orders/" + order, o -> o.getString("status").equals("confirmed")
                || OrderToReservationIT.timeline(o).contains("PaymentAuthorized"), TIMEOUT);
        return order;
    }

    private static List<JsonObject> awaitPickLists(ApiClient merchant, long order, int count) {
        return Eventually.until(() -> {
            List<JsonObject> found = items(merchant.get("/api/v1/pick-lists?orderId=" + order));
            return found.size() == count ? Optional.of(found) : Optional.empty();
        }, TIMEOUT, () -> count + " pick list(s) of order " + order);
    }

    private static void pickAndPack(ApiClient merchant, long pickListId) {
        Reply picked = merchant.post("/api/v1/pick-lists/" + pickListId + "/pick", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(200, picked.status(), picked.body());
        assertEquals("picked", picked.json().getString("status"));
        assertEquals("merchant1", picked.json().getString("pickedBy"));
        Reply packed = merchant.post("/api/v1/pick-lists/" + pickListId + "/pack", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(200, packed.status(), packed.body());
        assertEquals("packed", packed.json().getString("status"));
    }

    private static List<JsonObject> awaitShipments(ApiClient client, long order, int count) {
        return Eventually.until(() -> {
            List<JsonObject> found = items(client.get("/api/v1/shipments?orderId=" + order));
            return found.size() == count ? Optional.of(found) : Optional.empty();
        }, TIMEOUT, () -> count + " shipment(s) of order " + order);
    }

    private static JsonObject awaitPickupOf(ApiClient admin, long shipmentId) {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        return Eventually.until(() -> items(admin.get("/api/v1/pickups?size=100&date=" + today)).stream()
                        .filter(p -> p.getJsonArray("shipmentIds").stream()
                                .anyMatch(id -> Long.parseLong(id.toString()) == shipmentId))
                        .findFirst(),
                TIMEOUT, () -> "today's pickup of shipment " + shipmentId);
    }

    /** A transaction waits to insert into the shipments table: the Carrier agent, past its check for a cancellation. */
    private static boolean aCarrierWaitsToStoreItsShipment() {
        try (Connection connection = InServer.database().getConnection();
                Statement statement = connection.createStatement();
                ResultSet waiting = statement.executeQuery("select count(*) from pg_stat_activity"
                        + " where wait_event_type = 'Lock' and query ilike '%insert into shipments%'")) {
            return waiting.next() && waiting.getLong(1) > 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject tracking(String trackingNumber, String status, String location) {
        var body = Json.createObjectBuilder().add("trackingNumber", trackingNumber).add("status", status)
                .add("occurredAt", Instant.now().toString());
        if (location != null) {
            body.add("location", location);
        }
        return body.build();
    }

    private static List<JsonObject> items(Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    private ApiClient api(String user, String password) {
        return InServer.api(probeUrl, user, password);
    }
}
