package com.agora.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.it.ApiClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The story of an order as an integrator and a merchant live it, against the deployed EAR in the real server:
 * a merchant stocks a product, an integrator places orders, the Inventory agent reserves stock through JMS.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrderToReservationIT {

    private static final Duration AGENTS_TIMEOUT = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return Deployments.platform();
    }

    static ApiClient merchant;
    static ApiClient otherMerchant;
    static ApiClient integrator;
    static Shop shop;

    @BeforeAll
    static void logIn() {
        merchant = ApiClient.as("merchant1", "merchant123");
        otherMerchant = ApiClient.as("merchant2", "merchant123");
        integrator = ApiClient.as("integrator", "integrator123");
        shop = Shop.open();
    }

    @Test
    void orderIsPricedFromTheCatalogAndReservedAcrossTwoWarehousesWhenNoSingleOneHasEnough() {
        Shop.Stocked variant = shop.stock(new BigDecimal("12.50"), 3, 4);

        Reply placed = integrator.post("/api/v1/orders", order(variant.variantId(), 6).toString(), Map.of());

        assertEquals(201, placed.status(), placed.body());
        JsonObject order = placed.json();
        assertEquals("pending", order.getString("status"));
        assertEquals(new BigDecimal("75.00"), order.getJsonNumber("subtotal").bigDecimalValue());
        assertEquals(new BigDecimal("6.00"), order.getJsonNumber("tax").bigDecimalValue());
        assertEquals(new BigDecimal("91.00"), order.getJsonNumber("total").bigDecimalValue());
        JsonObject confirmed = integrator.await("/api/v1/orders/" + order.getJsonNumber("id"),
                OrderToReservationIT::stockHeld, AGENTS_TIMEOUT);
        assertTrue(timeline(confirmed).contains("StockReserved"), confirmed.toString());
        assertTrue(confirmed.toString().contains("split across 2 warehouses"), confirmed.toString());
        List<JsonObject> rows = shop.stockRows(variant);
        assertEquals(6, rows.stream().mapToInt(r -> r.getInt("reserved")).sum());
        JsonObject adjustment = merchant.get("/api/v1/inventory/adjustments?inventoryId="
                + rows.get(0).getJsonNumber("inventoryId")).json().getJsonArray("items").getJsonObject(0);
        assertEquals("restock", adjustment.getString("type"));
        assertEquals("merchant1", adjustment.getString("performedBy"));
        assertEquals("integration test stock", adjustment.getString("reason"));
        assertTrue(rows.stream().allMatch(r -> r.getInt("reserved") > 0), rows.toString());
        assertEquals(7, rows.stream().mapToInt(r -> r.getInt("quantity")).sum());
    }

    @Test
    void orderThatCannotBeServedIsRejectedAndReservesNothing() {
        Shop.Stocked variant = shop.stock(new BigDecimal("5.00"), 2, 1);

        long id = integrator.post("/api/v1/orders", order(variant.variantId(), 5).toString(), Map.of()).json()
                .getJsonNumber("id").longValue();

        JsonObject rejected = integrator.await("/api/v1/orders/" + id, o -> o.getString("status").equals("rejected"),
                AGENTS_TIMEOUT);
        assertTrue(timeline(rejected).contains("StockUnavailable"), rejected.toString());
        assertEquals(0, (int) shop.onHandAndReserved(variant).get(1));
    }

    @Test
    void cancellingAnOrderThatHoldsStockReleasesIt() {
        Shop.Stocked variant = shop.stock(new BigDecimal("20.00"), 5, 0);
        long id = integrator.post("/api/v1/orders", order(variant.variantId(), 2).toString(), Map.of()).json()
                .getJsonNumber("id").longValue();
        integrator.await("/api/v1/orders/" + id, OrderToReservationIT::stockHeld, AGENTS_TIMEOUT);

        Reply cancelled = integrator.post("/api/v1/orders/" + id + "/cancel",
                Json.createObjectBuilder().add("reason", "customer changed their mind").build());

        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("cancelled", cancelled.json().getString("status"));
        integrator.await("/api/v1/orders/" + id, o -> timeline(o).contains("StockReleased"), AGENTS_TIMEOUT);
        assertEquals(0, (int) shop.onHandAndReserved(variant).get(1));
        Reply again = integrator.post("/api/v1/orders/" + id + "/cancel", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(409, again.status(), again.body());
    }

    @Test
    void theSameIdempotencyKeyReturnsTheSameOrderAndNeverTwo() {
        KeyedOrder keyed = KeyedOrder.ofOneUnit(new BigDecimal("3.00"));

        Reply first = keyed.place();
        Reply second = keyed.place();
        Reply otherRequest = placeWithKey(order(keyed.variant().variantId(), 2).toString(), keyed.key());

        assertEquals(201, first.status(), first.body());
        assertEquals(first.json().getJsonNumber("id"), second.json().getJsonNumber("id"));
        assertEquals(first.json().getString("orderNumber"), second.json().getString("orderNumber"));
        assertEquals(422, otherRequest.status(), otherRequest.body());
        keyed.assertOneUnitHeldBy(first);
    }

    @Test
    void retriesSentAtTheSameTimeWithOneIdempotencyKeyCreateOneOrder() throws Exception {
        KeyedOrder keyed = KeyedOrder.ofOneUnit(new BigDecimal("4.00"));
        ExecutorService clients = Executors.newFixedThreadPool(6);
        List<Reply> replies;
        try {
            List<Future<Reply>> sent = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                sent.add(clients.submit(keyed::place));
            }
            replies = new ArrayList<>();
            for (Future<Reply> reply : sent) {
                replies.add(reply.get(30, TimeUnit.SECONDS));
            }
        } finally {
            clients.shutdownNow();
        }

        for (Reply reply : replies) {
            assertEquals(201, reply.status(), reply.body());
        }
        assertEquals(1, replies.stream().map(r -> r.json().getJsonNumber("id").longValue()).distinct().count(),
                replies.toString());
        keyed.assertOneUnitHeldBy(replies.get(0));
    }

    @Test
    void aRetryIsAnsweredWithItsOrderEvenWhenTheSameRequestWouldNoLongerPass() {
        KeyedOrder keyed = KeyedOrder.ofOneUnit(new BigDecimal("5.00"));
        Reply first = keyed.place();
        assertEquals(201, first.status(), first.body());

        Reply archived = ApiClient.as("admin", "admin123").delete("/api/v1/products/" + keyed.variant().productId());
        assertEquals(200, archived.status(), archived.body());
        Reply retry = keyed.place();
        Reply fresh = placeWithKey(keyed.body(), UUID.randomUUID().toString());

        assertEquals(201, retry.status(), retry.body());
        assertEquals(first.json().getJsonNumber("id"), retry.json().getJsonNumber("id"));
        assertEquals(400, fresh.status(), fresh.body());
        keyed.assertOneUnitHeldBy(first);
    }

    @Test
    void invalidInputGetsAProblemWithFieldErrorsAndWritesNothing() {
        long ordersBefore = integrator.get("/api/v1/orders?size=1").json().getJsonNumber("total").longValue();
        JsonObject invalid = Json.createObjectBuilder()
                .add("customerId", 1)
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("variantId", 1)
                        .add("quantity", 0)))
                .build();

        Reply reply = integrator.post("/api/v1/orders", invalid);

        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        JsonArray errors = reply.json().getJsonArray("errors");
        assertEquals("items[0].quantity", errors.getJsonObject(0).getString("field"), reply.body());
        Reply unknownVariant = integrator.post("/api/v1/orders", order(Long.MAX_VALUE, 1).toString(), Map.of());
        assertEquals(400, unknownVariant.status(), unknownVariant.body());
        assertEquals("items[0].variantId", unknownVariant.json().getJsonArray("errors").getJsonObject(0)
                .getString("field"));
        Reply malformed = integrator.post("/api/v1/orders", "{\"items\": [", Map.of());
        assertEquals(400, malformed.status(), malformed.body());
        assertTrue(malformed.contentType().startsWith("application/problem+json"));
        assertTrue(!malformed.body().contains("Exception"), malformed.body());
        assertEquals(ordersBefore, integrator.get("/api/v1/orders?size=1").json().getJsonNumber("total").longValue());
    }

    @Test
    void aMerchantNeverSeesAnotherMerchantsOrdersOrProducts() {
        Shop.Stocked variant = shop.stock(new BigDecimal("9.99"), 4, 0);
        long id = integrator.post("/api/v1/orders", order(variant.variantId(), 1).toString(), Map.of()).json()
                .getJsonNumber("id").longValue();

        assertEquals(200, merchant.get("/api/v1/orders/" + id).status());
        Reply foreign = otherMerchant.get("/api/v1/orders/" + id);
        assertEquals(404, foreign.status(), foreign.body());
        assertEquals(404, otherMerchant.get("/api/v1/products/" + variant.productId()).status());
        assertTrue(otherMerchant.get("/api/v1/orders?size=100").json().getJsonArray("items").stream()
                .noneMatch(o -> o.asJsonObject().getJsonNumber("id").longValue() == id));
    }

    @Test
    void theOrderListFindsAnOrderByItsNumberOrItsCustomerWithinTheDaysItWasPlaced() {
        Shop.Customer customer = shop.customer(12);
        JsonObject placed = shop.place(customer, customer.approvingCard(), shop.stock(new BigDecimal("7.50"), 3, 0), 1)
                .current();
        long id = placed.getJsonNumber("id").longValue();
        // The test domain keeps the shop's time zone at its default, UTC.
        LocalDate day = LocalDate.ofInstant(Instant.parse(placed.getString("createdAt")), ZoneOffset.UTC);
        String number = placed.getString("orderNumber");

        assertEquals(List.of(id), ids(integrator.get("/api/v1/orders?q=" + number.toLowerCase(Locale.ROOT)
                + "&from=" + day + "&until=" + day)));
        JsonObject byCustomer = integrator.get("/api/v1/orders?size=100&q=" + customer.email() + "&from=" + day
                + "&until=" + day).json();
        assertTrue(ids(byCustomer).contains(id), byCustomer.toString());
        assertTrue(byCustomer.getJsonArray("items").stream().allMatch(o -> o.asJsonObject()
                .getJsonNumber("customerId").longValue() == customer.id), byCustomer.toString());
        assertFalse(byCustomer.getBoolean("searchCapped"));
        assertEquals(List.of(), ids(integrator.get("/api/v1/orders?q=" + number + "&from=" + day.plusDays(1))));
        assertEquals(List.of(), ids(integrator.get("/api/v1/orders?q=" + number + "&until=" + day.minusDays(1))));
        assertEquals(List.of(), ids(integrator.get("/api/v1/shipments?q=" + number)), "no parcel is packed yet");
        assertEquals(List.of(), ids(integrator.get("/api/v1/returns?q=" + number + "&until=" + day)));

        assertRefused(integrator.get("/api/v1/orders?from=" + day.getYear() + "-13-01"), "from");
        assertRefused(integrator.get("/api/v1/shipments?from=" + day + "&until=" + day.minusDays(1)), "until");
        assertRefused(integrator.get("/api/v1/returns?q=" + "x".repeat(201)), "q");
    }

    private static List<Long> ids(Reply list) {
        assertEquals(200, list.status(), list.body());
        return ids(list.json());
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").stream().map(o -> o.asJsonObject().getJsonNumber("id").longValue())
                .toList();
    }

    private static void assertRefused(Reply reply, String parameter) {
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(parameter, reply.json().getJsonArray("errors").getJsonObject(0).getString("field"),
                reply.body());
    }

    @Test
    void withoutATokenNothingButTheOpenEndpointsAnswers() {
        ApiClient anonymous = ApiClient.anonymous();
        assertEquals(401, anonymous.get("/api/v1/orders").status());
        assertEquals(401, anonymous.get("/api/v1/products").status());
        assertEquals(401, anonymous.post("/api/v1/auth/token",
                Json.createObjectBuilder().add("username", "admin").add("password", "wrong").build()).status());
        ApiClient.Reply openapi = anonymous.getText("/openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/v1/orders/{id}/cancel:") && openapi.body().contains("PlaceOrder:")
                && openapi.body().contains("$ref: \"#/components/schemas/PlaceOrder\""), "the document describes the "
                + "resources and their bodies");
    }

    @Test
    void readinessListsAllTwentySixAgentsAndSaysWhichAreNotBuiltYet() {
        Reply health = ApiClient.anonymous().get("/health/ready");

        JsonArray checks = health.json().getJsonArray("checks");
        List<JsonObject> agents = checks.stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").startsWith("agent-")).toList();
        assertEquals(26, agents.size(), health.body());
        for (String built : List.of("agent-product", "agent-inventory", "agent-order")) {
            JsonObject check = agents.stream().filter(c -> c.getString("name").equals(built)).findFirst().orElseThrow();
            assertEquals("UP", check.getString("status"), check.toString());
        }
        JsonObject recommendation = agents.stream().filter(c -> c.getString("name").equals("agent-recommendation"))
                .findFirst().orElseThrow();
        assertEquals("DOWN", recommendation.getString("status"));
        assertEquals("not-implemented", recommendation.getJsonObject("data").getString("state"));
    }

    @Test
    void agentMetricsMoveWhenAnOrderIsHandled() {
        Shop.Stocked variant = shop.stock(new BigDecimal("1.00"), 3, 0);
        double before = metric("agora_agent_events_handled_total", "agent=\"inventory\"");

        long id = integrator.post("/api/v1/orders", order(variant.variantId(), 1).toString(), Map.of()).json()
                .getJsonNumber("id").longValue();
        integrator.await("/api/v1/orders/" + id, OrderToReservationIT::stockHeld, AGENTS_TIMEOUT);

        Eventually.untilTrue(() -> metric("agora_agent_events_handled_total", "agent=\"inventory\"") > before,
                AGENTS_TIMEOUT, "the inventory agent's handled-events counter to move");
        assertTrue(metric("agora_agent_events_handled_total", "agent=\"inventory\"") > before);
        assertTrue(metric("agora_orders_placed_total", "") >= 1);
    }

    /** An order of one unit of a freshly stocked variant, with its own Idempotency-Key. */
    private record KeyedOrder(Shop.Stocked variant, String key, String body) {

        static KeyedOrder ofOneUnit(BigDecimal price) {
            Shop.Stocked variant = shop.stock(price, 10, 0);
            return new KeyedOrder(variant, UUID.randomUUID().toString(), order(variant.variantId(), 1).toString());
        }

        Reply place() {
            return placeWithKey(body, key);
        }

        /** Waits until the order holds its stock, then checks that one unit is reserved: the order was made once. */
        void assertOneUnitHeldBy(Reply placed) {
            integrator.await("/api/v1/orders/" + placed.json().getJsonNumber("id"),
                    OrderToReservationIT::stockHeld, AGENTS_TIMEOUT);
            assertEquals(1, (int) shop.onHandAndReserved(variant).get(1));
        }
    }

    private static Reply placeWithKey(String body, String idempotencyKey) {
        return integrator.post("/api/v1/orders", body, Map.of("Idempotency-Key", idempotencyKey));
    }

    static JsonObject order(long variantId, int quantity) {
        return Json.createObjectBuilder()
                .add("customerId", 1)
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("variantId", variantId).add("quantity", quantity)))
                .build();
    }

    /** The Inventory agent has answered with a reservation; later agents may have moved the order on since. */
    static boolean stockHeld(JsonObject order) {
        return timeline(order).contains("StockReserved");
    }

    static String timeline(JsonObject order) {
        return order.getJsonArray("timeline").stream().map(e -> e.asJsonObject().getString("eventType")).toList()
                .toString();
    }

    /** The value of a Prometheus metric from the application scope, summed over series with the given label. */
    static double metric(String name, String label) {
        ApiClient.Reply reply = ApiClient.anonymous().getText("/metrics?scope=application");
        assertEquals(200, reply.status(), reply.body());
        String text = reply.body();
        return text.lines().filter(l -> l.startsWith(name + "{") && l.contains(label))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }
}
