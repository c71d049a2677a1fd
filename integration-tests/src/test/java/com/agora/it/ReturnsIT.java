package com.agora.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.it.ApiClient.Reply;
import com.agora.it.DeliveredOrders.Purchase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
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
 * Returns as a customer, a merchant and the agents live them, in the real server. The delivered orders are arranged
 * in the database as the order saga leaves them; everything the Returns agent does is driven through the API, and
 * the Inventory and Order agents restock and place replacements for real. Payment's answers are sent to the Returns
 * agent's queue the way Payment sends them, so the test also holds once Payment answers for itself: every reply is
 * applied once.
 */
@ExtendWith(ArquillianExtension.class)
class ReturnsIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Deployment(name = "platform", testable = false, order = 1)
    static EnterpriseArchive platform() {
        return Deployments.platform();
    }

    @Deployment(name = "probe", order = 2)
    static WebArchive probe() {
        return Deployments.probe(ReturnsIT.class);
    }

    @ArquillianResource
    URL probeUrl;


    @Test
    @OperateOnDeployment("probe")
    void aDamagedItemIsReturnedRefundedWithItsTaxShareAndRestockedWhereMostOfTheLineCameFrom() throws Exception {
        ApiClient customer = api("customer1", "customer123");
        ApiClient merchant = api("merchant1", "merchant123");
        Purchase purchase = deliveredOrder("customer1", new BigDecimal("12.50"), 3, Duration.ofDays(2),
                List.of(new long[] {warehouse(0), 1}, new long[] {warehouse(1), 2}));

        Reply requested = customer.post("/api/v1/returns", returnOf(purchase, 2, "damaged")
                .add("comment", "the box was crushed").build().toString(), Map.of("Idempotency-Key", key()));

        assertEquals(201, requested.status(), requested.body());
        JsonObject rma = requested.json();
        assertTrue(rma.getString("returnNumber").matches("RMA-\\d{8}"), rma.toString());
        assertEquals("approved", rma.getString("status"), "small and concrete: approved by the rules");
        assertEquals("automatic rules", rma.getString("decidedBy"));
        assertEquals(new BigDecimal("27.00"), amount(rma, "refundAmount"), "2 × 12.50 plus 8 % tax");
        assertEquals(warehouse(1), rma.getJsonNumber("warehouseId").longValue(), "two of three units came from there");
        assertEquals("customer1", rma.getString("requestedBy"));
        String path = "/api/v1/returns/" + rma.getJsonNumber("id");

        Reply received = merchant.post(path + "/received", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(200, received.status(), received.body());
        assertEquals("received", received.json().getString("status"));
        assertEquals("merchant1", received.json().getString("receivedBy"));
        Reply inspected = merchant.post(path + "/inspection",
                Json.createObjectBuilder().add("passed", true).add("note", "as new").build());

        assertEquals(200, inspected.status(), inspected.body());
        JsonObject afterInspection = inspected.json();
        assertEquals("inspected", afterInspection.getString("status"));
        assertEquals("passed", afterInspection.getString("inspectionResult"));
        assertTrue(present(afterInspection, "refundRequestedAt"), "RefundRequested went to Payment");
        assertTrue(present(afterInspection, "restockRequestedAt"), "RestockRequested went to Inventory");
        assertEquals(409, merchant.post(path + "/inspection", Json.createObjectBuilder().add("passed", true).build())
                .status(), "a second inspection would refund twice");

        long returnId = rma.getJsonNumber("id").longValue();
        JsonObject refunded = customer.await(path, r -> present(r, "refundedAt"), TIMEOUT);

        JsonObject completed = customer.await(path, status("completed"), TIMEOUT);
        assertTrue(present(completed, "restockedAt"), "Inventory answered the restock");
        assertTrue(present(completed, "completedAt"));
        assertEquals(refunded.getString("refundedAt"), completed.getString("refundedAt"), "refunded once");
        assertEquals(Map.of(warehouse(0), 5, warehouse(1), 7), onHand(purchase.variantId()),
                "the two passed units are back where most of the line came from");
        String timeline = timeline(purchase.orderId());
        for (String step : List.of("ReturnRequested", "ReturnApproved", "ReturnReceived", "ReturnInspected",
                "StockRestocked", "ReturnRefunded", "ReturnCompleted")) {
            assertTrue(timeline.contains(step), step + " on the order's timeline: " + timeline);
        }
    }

    @Test
    @OperateOnDeployment("probe")
    void aReturnThatFailsInspectionIsRefundedButNotRestocked() throws Exception {
        ApiClient integrator = api("integrator", "integrator123");
        ApiClient merchant = api("merchant1", "merchant123");
        ApiClient otherMerchant = api("merchant2", "merchant123");
        Purchase purchase = deliveredOrder("customer1", new BigDecimal("40.00"), 1, Duration.ofDays(10),
                List.of(new long[] {warehouse(0), 1}));

        JsonObject rma = integrator.post("/api/v1/returns", returnOf(purchase, 1, "other").build()).json();
        assertEquals("requested", rma.getString("status"), rma.toString());
        assertEquals("reason 'other' needs a manual decision", rma.getString("decisionRule"));
        String path = "/api/v1/returns/" + rma.getJsonNumber("id");
        assertEquals(409, merchant.post(path + "/received", JsonValue.EMPTY_JSON_OBJECT).status(),
                "a parcel is only expected once the return is approved");
        assertEquals(404, otherMerchant.post(path + "/approve", JsonValue.EMPTY_JSON_OBJECT).status());

        Reply approved = merchant.post(path + "/approve",
                Json.createObjectBuilder().add("note", "customer is a regular").build());
        assertEquals(200, approved.status(), approved.body());
        assertEquals("merchant1", approved.json().getString("decidedBy"));
        assertEquals("customer is a regular", approved.json().getString("decisionNote"));
        assertNotNull(approved.json().get("decidedAt"));
        merchant.post(path + "/received", JsonValue.EMPTY_JSON_OBJECT);
        JsonObject inspected = merchant.post(path + "/inspection",
                Json.createObjectBuilder().add("passed", false).add("note", "water damage").build()).json();

        assertEquals("failed", inspected.getString("inspectionResult"), inspected.toString());
        assertTrue(present(inspected, "refundRequestedAt"), "the customer sent the goods back: the refund still goes");
        assertFalse(present(inspected, "restockRequestedAt"), "failed units never go back on hand");
        JsonObject completed = merchant.await(path, status("completed"), TIMEOUT);
        assertFalse(present(completed, "restockedAt"));
        assertEquals(new BigDecimal("43.20"), amount(completed, "refundAmount"));
        assertEquals(Map.of(warehouse(0), 5, warehouse(1), 5), onHand(purchase.variantId()), "nothing restocked");
    }

    @Test
    @OperateOnDeployment("probe")
    void aFailedRefundStaysVisibleUntilItIsAskedForAgain() throws Exception {
        ApiClient customer = api("customer1", "customer123");
        ApiClient admin = api("admin", "admin123");
        Purchase purchase = orders().arrange("customer1", new BigDecimal("10.00"), 1,
                Instant.now().minus(Duration.ofDays(1)), List.of(new long[] {warehouse(0), 1}), false);
        long returnId = customer.post("/api/v1/returns", returnOf(purchase, 1, "defective").build()).json()
                .getJsonNumber("id").longValue();
        String path = "/api/v1/returns/" + returnId;
        admin.post(path + "/received", JsonValue.EMPTY_JSON_OBJECT);
        admin.post(path + "/inspection", Json.createObjectBuilder().add("passed", false).build());

        // The arranged order was never paid through the Payment agent, so its refund really fails there.
        JsonObject failed = admin.await(path, status("refund_failed"), TIMEOUT);
        assertEquals("nothing was captured on this order", failed.getString("refundFailure"));
        assertTrue(admin.get("/api/v1/returns?status=refund_failed&size=100").json().getJsonArray("items").stream()
                .anyMatch(r -> r.asJsonObject().getJsonNumber("id").longValue() == returnId));
        assertEquals(403, customer.post(path + "/refund", JsonValue.EMPTY_JSON_OBJECT).status());
        Reply retried = admin.post(path + "/refund", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(200, retried.status(), retried.body());
        assertEquals("inspected", retried.json().getString("status"));
        admin.await(path, status("refund_failed"), TIMEOUT);
    }

    @Test
    @OperateOnDeployment("probe")
    void anExchangeAsksTheOrderAgentForAReplacementInsteadOfMoney() throws Exception {
        ApiClient customer = api("customer1", "customer123");
        ApiClient merchant = api("merchant1", "merchant123");
        Purchase purchase = deliveredOrder("customer1", new BigDecimal("25.00"), 2, Duration.ofDays(3),
                List.of(new long[] {warehouse(0), 2}));

        JsonObject rma = customer.post("/api/v1/returns", returnOf(purchase, 1, "wrong_item").add("type", "exchange")
                .build()).json();
        assertEquals("approved", rma.getString("status"), rma.toString());
        assertFalse(present(rma, "refundAmount"), "an exchange moves no money");
        String path = "/api/v1/returns/" + rma.getJsonNumber("id");
        merchant.post(path + "/received", JsonValue.EMPTY_JSON_OBJECT);
        JsonObject inspected = merchant.post(path + "/inspection", Json.createObjectBuilder().add("passed", true)
                .build()).json();
        assertTrue(present(inspected, "replacementRequestedAt"), inspected.toString());
        assertFalse(present(inspected, "refundRequestedAt"));


        JsonObject completed = customer.await(path, status("completed"), TIMEOUT);
        JsonObject replacement = customer.get("/api/v1/orders/" + completed.getJsonNumber("replacementOrderId"))
                .json();
        assertEquals(completed.getString("replacementOrderNumber"), replacement.getString("orderNumber"));
        assertEquals(new BigDecimal("0.00"), amount(replacement, "total"), "the replacement is sent at no charge");
        assertEquals(purchase.variantId(), replacement.getJsonArray("lines").getJsonObject(0)
                .getJsonNumber("variantId").longValue());
        assertTrue(present(completed, "restockedAt"));
    }

    @Test
    @OperateOnDeployment("probe")
    void aValuableReturnWaitsForTheMerchantWhoMayRejectItAndTheUnitsCanBeReturnedAgain() throws Exception {
        ApiClient customer = api("customer1", "customer123");
        ApiClient merchant = api("merchant1", "merchant123");
        Purchase purchase = deliveredOrder("customer1", new BigDecimal("150.00"), 2, Duration.ofDays(5),
                List.of(new long[] {warehouse(0), 2}));

        JsonObject rma = customer.post("/api/v1/returns", returnOf(purchase, 2, "defective").build()).json();
        assertEquals("requested", rma.getString("status"), rma.toString());
        assertEquals("value 324.00 exceeds the automatic approval limit of 200.00", rma.getString("decisionRule"));
        String path = "/api/v1/returns/" + rma.getJsonNumber("id");
        assertEquals(403, customer.post(path + "/approve", JsonValue.EMPTY_JSON_OBJECT).status());
        assertEquals(422, customer.post("/api/v1/returns", returnOf(purchase, 1, "defective").build()).status(),
                "both units are covered by the standing request");

        Reply rejected = merchant.post(path + "/reject", Json.createObjectBuilder().add("note", "works as designed")
                .build());

        assertEquals(200, rejected.status(), rejected.body());
        assertEquals("rejected", rejected.json().getString("status"));
        assertEquals(409, merchant.post(path + "/approve", JsonValue.EMPTY_JSON_OBJECT).status());
        Reply again = customer.post("/api/v1/returns", returnOf(purchase, 1, "defective").build());
        assertEquals(201, again.status(), again.body());
        Reply cancelled = customer.post("/api/v1/returns/" + again.json().getJsonNumber("id") + "/cancel",
                Json.createObjectBuilder().add("note", "keeping it after all").build());
        assertEquals("cancelled", cancelled.json().getString("status"), cancelled.body());
        assertEquals("keeping it after all", cancelled.json().getString("resolution"));
    }

    @Test
    @OperateOnDeployment("probe")
    void returnsOutsideTheRulesAreRefusedWithAProblem() throws Exception {
        ApiClient customer = api("customer1", "customer123");
        ApiClient merchant = api("merchant1", "merchant123");
        List<long[]> oneParcel = List.of(new long[] {warehouse(0), 2});
        Purchase late = deliveredOrder("customer1", new BigDecimal("5.00"), 2, Duration.ofDays(31), oneParcel);
        Purchase someoneElses = deliveredOrder("customer2", new BigDecimal("5.00"), 2, Duration.ofDays(1), oneParcel);
        Purchase onItsWay = arrangedOrder("customer1", new BigDecimal("5.00"), 2, null, oneParcel);
        Purchase fine = deliveredOrder("customer1", new BigDecimal("5.00"), 2, Duration.ofDays(1), oneParcel);

        assertProblem(422, customer.post("/api/v1/returns", returnOf(late, 1, "damaged").build()), "window");
        assertProblem(404, customer.post("/api/v1/returns", returnOf(someoneElses, 1, "damaged").build()), "order");
        assertProblem(409, customer.post("/api/v1/returns", returnOf(onItsWay, 1, "damaged").build()), "delivered");
        assertProblem(422, customer.post("/api/v1/returns", returnOf(fine, 3, "damaged").build()), "only 2");
        assertProblem(400, customer.post("/api/v1/returns", returnOf(fine, 1, "dislike").build()), "reason");
        assertProblem(400, customer.post("/api/v1/returns", returnOf(fine, 1, "damaged")
                .add("orderLineId", late.lineId()).build()), "orderLineId");
        assertProblem(400, customer.post("/api/v1/returns", returnOf(fine, 0, "damaged").build()), "quantity");
        assertProblem(403, merchant.post("/api/v1/returns", returnOf(fine, 1, "damaged").build()), "role");
        assertEquals(0, customer.get("/api/v1/returns?orderId=" + fine.orderId()).json().getInt("total"),
                "nothing refused was written");
    }

    @Test
    @OperateOnDeployment("probe")
    void theSameIdempotencyKeyYieldsTheSameReturnAndOthersSeeOnlyTheirOwn() throws Exception {
        ApiClient customer = api("customer1", "customer123");
        ApiClient otherCustomer = api("customer2", "customer123");
        ApiClient otherMerchant = api("merchant2", "merchant123");
        ApiClient merchant = api("merchant1", "merchant123");
        Purchase purchase = deliveredOrder("customer1", new BigDecimal("8.00"), 3, Duration.ofDays(1),
                List.of(new long[] {warehouse(0), 3}));
        String key = key();
        String body = returnOf(purchase, 1, "not_as_described").build().toString();

        Reply first = customer.post("/api/v1/returns", body, Map.of("Idempotency-Key", key));
        Reply second = customer.post("/api/v1/returns", body, Map.of("Idempotency-Key", key));
        Reply otherBody = customer.post("/api/v1/returns", returnOf(purchase, 2, "not_as_described").build()
                .toString(), Map.of("Idempotency-Key", key));

        assertEquals(201, first.status(), first.body());
        assertEquals(first.json().getJsonNumber("id"), second.json().getJsonNumber("id"));
        assertEquals(422, otherBody.status(), otherBody.body());
        assertEquals(1, customer.get("/api/v1/returns?orderId=" + purchase.orderId()).json().getInt("total"));
        String path = "/api/v1/returns/" + first.json().getJsonNumber("id");
        assertEquals(404, otherCustomer.get(path).status());
        assertEquals(404, otherMerchant.get(path).status());
        assertEquals(0, otherMerchant.get("/api/v1/returns?orderId=" + purchase.orderId()).json().getInt("total"));
        assertEquals(1, merchant.get("/api/v1/returns?orderId=" + purchase.orderId() + "&status=approved").json()
                .getInt("total"));
    }

    // --- arranged data: delivered orders as the order saga would leave them ---

    private Purchase deliveredOrder(String customer, BigDecimal unitPrice, int quantity, Duration deliveredAgo,
            List<long[]> parcels) throws SQLException {
        return arrangedOrder(customer, unitPrice, quantity, Instant.now().minus(deliveredAgo), parcels);
    }

    private Purchase arrangedOrder(String customer, BigDecimal unitPrice, int quantity, Instant deliveredAt,
            List<long[]> parcels) throws SQLException {
        return orders().arrange(customer, unitPrice, quantity, deliveredAt, parcels);
    }

    private DeliveredOrders orders() {
        return new DeliveredOrders(api("merchant1", "merchant123"), () -> InServer.database().getConnection());
    }

    /** Units on hand of a variant, by warehouse. */
    private Map<Long, Integer> onHand(long variantId) {
        return api("merchant1", "merchant123").get("/api/v1/inventory?variantId=" + variantId).json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(row -> row.getJsonNumber("warehouseId").longValue(),
                        row -> row.getInt("quantity")));
    }

    private String timeline(long orderId) {
        return api("admin", "admin123").get("/api/v1/orders/" + orderId).json().getJsonArray("timeline").stream()
                .map(entry -> entry.asJsonObject().getString("eventType")).toList().toString();
    }

    private long warehouse(int index) {
        return orders().warehouse(index);
    }

    // --- small helpers ---

    private ApiClient api(String user, String password) {
        return InServer.api(probeUrl, user, password);
    }

    private static JsonObjectBuilder returnOf(Purchase purchase, int quantity, String reason) {
        return Json.createObjectBuilder().add("orderId", purchase.orderId()).add("orderLineId", purchase.lineId())
                .add("quantity", quantity).add("reason", reason);
    }

    private static Predicate<JsonObject> status(String status) {
        return r -> r.getString("status").equals(status);
    }

    private static boolean present(JsonObject json, String field) {
        return json.containsKey(field) && !json.isNull(field);
    }

    private static BigDecimal amount(JsonObject json, String field) {
        return json.getJsonNumber(field).bigDecimalValue().setScale(2);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static void assertProblem(int status, Reply reply, String mentioned) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertTrue(reply.body().contains(mentioned), reply.body());
    }
}
