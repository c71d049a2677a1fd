package com.agora.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.it.ApiClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The people around an order, as the scenario tests play them through the API: a merchant stocking shelves, an
 * integrator placing orders for customers, warehouse staff picking and packing, a carrier reporting progress, an
 * admin deciding fraud reviews and returns. Only the customer lookup reads the database, because no API lists
 * customers yet.
 */
final class Shop {

    static final Duration AGENTS_TIMEOUT = Duration.ofSeconds(40);

    final ApiClient merchant;
    final ApiClient integrator;
    final ApiClient admin;
    private final List<Long> warehouses;
    private final MailInbox mail;

    private Shop(ApiClient merchant, ApiClient integrator, ApiClient admin, List<Long> warehouses, MailInbox mail) {
        this.merchant = merchant;
        this.integrator = integrator;
        this.admin = admin;
        this.warehouses = warehouses;
        this.mail = mail;
    }

    static Shop open() {
        ApiClient merchant = ApiClient.as("merchant1", "merchant123");
        List<Long> warehouses = merchant.get("/api/v1/inventory/warehouses").array().stream()
                .map(w -> w.asJsonObject().getJsonNumber("id").longValue()).toList();
        return new Shop(merchant, ApiClient.as("integrator", "integrator123"), ApiClient.as("admin", "admin123"),
                warehouses, MailInbox.shared());
    }

    /** The text of the e-mail the customer received whose subject contains the words given. */
    String awaitMail(Customer customer, String subjectContains) {
        return MailInbox.text(mail.awaitMessageTo(customer.email(), subjectContains, AGENTS_TIMEOUT));
    }

    record Stocked(long productId, long variantId) {
    }

    /** A fresh active product of merchant1 with the given units on hand in the first two warehouses. */
    Stocked stock(BigDecimal price, int inFirstWarehouse, int inSecondWarehouse) {
        String sku = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Reply created = merchant.post("/api/v1/products", Json.createObjectBuilder()
                .add("sku", sku).add("name", "Test product " + sku).add("price", price).add("status", "active")
                .build());
        assertEquals(201, created.status(), created.body());
        long productId = created.json().getJsonNumber("id").longValue();
        long variantId = created.json().getJsonArray("variants").getJsonObject(0).getJsonNumber("id").longValue();
        restock(variantId, warehouses.get(0), inFirstWarehouse);
        restock(variantId, warehouses.get(1), inSecondWarehouse);
        return new Stocked(productId, variantId);
    }

    private void restock(long variantId, long warehouseId, int units) {
        if (units == 0) {
            return;
        }
        Reply adjusted = merchant.post("/api/v1/inventory/adjustments", Json.createObjectBuilder()
                .add("variantId", variantId).add("warehouseId", warehouseId).add("type", "restock")
                .add("quantityChange", units).add("reason", "integration test stock").build());
        assertEquals(201, adjusted.status(), adjusted.body());
    }

    /** The variant's stock rows, one per warehouse, as the merchant sees them. */
    List<JsonObject> stockRows(Stocked stocked) {
        Reply reply = merchant.get("/api/v1/inventory?variantId=" + stocked.variantId());
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    /** Units on hand and units reserved of a variant, summed over the warehouses. */
    List<Integer> onHandAndReserved(Stocked stocked) {
        List<JsonObject> rows = stockRows(stocked);
        return List.of(rows.stream().mapToInt(r -> r.getInt("quantity")).sum(),
                rows.stream().mapToInt(r -> r.getInt("reserved")).sum());
    }

    /** An order total that Fraud Detection sends to manual review but does not reject outright. */
    BigDecimal reviewAmount() {
        return new BigDecimal("3000.00");
    }

    final class Customer {

        final long id;
        final String username;
        final String email;

        Customer(long id, String username, String email) {
            this.id = id;
            this.username = username;
            this.email = email;
        }

        String email() {
            return email;
        }

        long approvingCard() {
            return card("4242424242424242");
        }

        /** Stores a card for the customer and returns its payment method id. */
        long card(String number) {
            Reply stored = integrator.post("/api/v1/payment-methods", Json.createObjectBuilder()
                    .add("customerId", id).add("cardNumber", number).add("expiryMonth", 12).add("expiryYear", 2030)
                    .add("makeDefault", false).build());
            assertEquals(201, stored.status(), stored.body());
            return stored.json().getJsonNumber("id").longValue();
        }
    }

    /** Demo customer number n (customerN / customerN@agora.local). */
    Customer customer(int n) {
        String username = "customer" + n;
        try (Connection db = database();
             PreparedStatement query = db.prepareStatement(
                     "select c.id, u.email from customers c join users u on u.id = c.user_id where u.username = ?")) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "demo customer " + username + " exists");
                return new Customer(row.getLong(1), username, row.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The test database, as `./agora test` names it; outside it, the defaults and the local password file. */
    static Connection database() throws SQLException {
        String password = System.getProperty("agora.db.password");
        return DriverManager.getConnection(
                System.getProperty("agora.db.url", "jdbc:postgresql://localhost:5432/agora_test"),
                System.getProperty("agora.db.user", "agora"),
                password == null || password.isBlank() ? passwordFile() : password);
    }

    private static String passwordFile() {
        try {
            return Files.readString(Path.of("..", ".agora", "db-password")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("set agora.db.password or run ./agora first", e);
        }
    }

    Order place(Customer customer, long paymentMethodId, Stocked stocked, int quantity) {
        Reply placed = integrator.post("/api/v1/orders", Json.createObjectBuilder()
                .add("customerId", customer.id)
                .add("paymentMethodId", paymentMethodId)
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("variantId", stocked.variantId()).add("quantity", quantity)))
                .build().toString(), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(201, placed.status(), placed.body());
        return new Order(placed.json());
    }

    /** An order carried all the way to its customer: placed, picked, packed, shipped and reported delivered. */
    Order deliver(Customer customer, Stocked stocked, int quantity) {
        Order order = place(customer, customer.approvingCard(), stocked, quantity);
        order.awaitStatus("confirmed");
        order.pickAndPackEverything();
        JsonObject shipped = order.awaitStatus("shipped");
        order.awaitPaymentStatus("paid");
        for (JsonValue shipment : shipped.getJsonArray("shipments")) {
            order.track(shipment.asJsonObject().getString("trackingNumber"), "delivered");
        }
        order.awaitStatus("delivered");
        return order;
    }

    void decideReview(Order order, boolean approve, String note) {
        JsonObject review = Eventually.until(() -> admin.get("/api/v1/fraud/reviews").json().getJsonArray("items")
                        .stream().map(JsonValue::asJsonObject)
                        .filter(r -> r.getJsonNumber("orderId").longValue() == order.id()).findFirst(),
                AGENTS_TIMEOUT, () -> "order " + order.number() + " in the fraud review queue");
        Reply decided = admin.post("/api/v1/fraud/reviews/" + review.getJsonNumber("id") + "/decision",
                Json.createObjectBuilder().add("approve", approve).add("note", note).build());
        assertEquals(200, decided.status(), decided.body());
        Reply twice = admin.post("/api/v1/fraud/reviews/" + review.getJsonNumber("id") + "/decision",
                Json.createObjectBuilder().add("approve", !approve).add("note", "second thoughts").build());
        assertEquals(409, twice.status(), "a review is decided once: " + twice.body());
    }

    JsonObject awaitReturnStatus(JsonObject rma, String status) {
        return admin.await("/api/v1/returns/" + rma.getJsonNumber("id"), r -> r.getString("status").equals(status),
                AGENTS_TIMEOUT);
    }

    void receiveReturn(JsonObject rma) {
        Reply received = merchant.post("/api/v1/returns/" + rma.getJsonNumber("id") + "/received",
                JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(200, received.status(), received.body());
    }

    void inspectReturn(JsonObject rma, boolean passed) {
        Reply inspected = merchant.post("/api/v1/returns/" + rma.getJsonNumber("id") + "/inspection",
                Json.createObjectBuilder().add("passed", passed).add("note", passed ? "as new" : "water damage")
                        .build());
        assertEquals(200, inspected.status(), inspected.body());
    }

    /** One order as the scenario follows it. */
    final class Order {

        private final long id;
        private final String number;
        private final BigDecimal total;

        Order(JsonObject placed) {
            this.id = placed.getJsonNumber("id").longValue();
            this.number = placed.getString("orderNumber");
            this.total = placed.getJsonNumber("total").bigDecimalValue();
        }

        long id() {
            return id;
        }

        String number() {
            return number;
        }

        BigDecimal total() {
            return total;
        }

        JsonObject current() {
            Reply reply = integrator.get("/api/v1/orders/" + id);
            assertEquals(200, reply.status(), reply.body());
            return reply.json();
        }

        JsonObject awaitStatus(String status) {
            return integrator.await("/api/v1/orders/" + id, o -> o.getString("status").equals(status),
                    AGENTS_TIMEOUT);
        }

        JsonObject awaitPaymentStatus(String status) {
            return integrator.await("/api/v1/orders/" + id, o -> o.getString("paymentStatus").equals(status),
                    AGENTS_TIMEOUT);
        }

        JsonObject awaitTimeline(String eventType) {
            return integrator.await("/api/v1/orders/" + id, o -> OrderToReservationIT.timeline(o).contains(eventType),
                    AGENTS_TIMEOUT);
        }

        void assertTimelineContains(String... eventTypes) {
            for (String eventType : eventTypes) {
                awaitTimeline(eventType);
            }
        }

        void assertTimelineLacks(String eventType) {
            String timeline = OrderToReservationIT.timeline(current());
            assertFalse(timeline.contains(eventType), timeline);
        }

        Reply cancel(String reason) {
            return integrator.post("/api/v1/orders/" + id + "/cancel",
                    Json.createObjectBuilder().add("reason", reason).build());
        }

        List<JsonObject> pickLists() {
            Reply reply = merchant.get("/api/v1/pick-lists?orderId=" + id);
            assertEquals(200, reply.status(), reply.body());
            return reply.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
        }

        /**
         * The order's pick lists once the Warehouse agent has planned them: it hears of the confirmation after the
         * Order agent's transaction committed, so the lists may appear a moment after the status does.
         */
        List<JsonObject> awaitPickLists() {
            return Eventually.until(() -> Optional.of(pickLists()).filter(l -> !l.isEmpty()), AGENTS_TIMEOUT,
                    () -> "pick lists of " + number);
        }

        /** Warehouse staff work through every pick list of the order. */
        void pickAndPackEverything() {
            for (JsonObject list : awaitPickLists()) {
                String path = "/api/v1/pick-lists/" + list.getJsonNumber("id");
                Reply picked = merchant.post(path + "/pick", JsonValue.EMPTY_JSON_OBJECT);
                assertEquals(200, picked.status(), picked.body());
                Reply packed = merchant.post(path + "/pack", JsonValue.EMPTY_JSON_OBJECT);
                assertEquals(200, packed.status(), packed.body());
            }
        }

        Reply trackReply(String trackingNumber, String status) {
            return integrator.post("/api/v1/tracking-updates", Json.createObjectBuilder()
                    .add("trackingNumber", trackingNumber).add("status", status).add("location", "Springfield hub")
                    .build().toString(), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        }

        void track(String trackingNumber, String status) {
            Reply reply = trackReply(trackingNumber, status);
            assertEquals(201, reply.status(), reply.body());
        }

        JsonObject payments() {
            Reply reply = paymentsReply();
            assertEquals(200, reply.status(), reply.body());
            return reply.json();
        }

        Reply paymentsReply() {
            return merchant.get("/api/v1/orders/" + id + "/payments");
        }

        List<JsonObject> awaitDocuments(String kind, int count) {
            return Eventually.until(() -> Optional.of(documents(kind)).filter(d -> d.size() >= count),
                    AGENTS_TIMEOUT, () -> count + " " + kind + " document(s) of " + number);
        }

        List<JsonObject> documents(String kind) {
            Reply reply = merchant.get("/api/v1/orders/" + id + "/documents");
            assertEquals(200, reply.status(), reply.body());
            return reply.array().stream().map(JsonValue::asJsonObject)
                    .filter(d -> d.getString("kind").equals(kind)).toList();
        }

        /** The text of the order's first document of a kind, read back from the PDF the merchant downloads. */
        String documentText(String kind) {
            JsonObject document = awaitDocuments(kind, 1).get(0);
            return Pdfs.text(pdf(document));
        }

        /** The barcode on the shipping label of the parcel with this tracking number, as a scanner reads it. */
        String labelBarcode(String trackingNumber) {
            for (JsonObject label : awaitDocuments("shipping_label", 1)) {
                byte[] pdf = pdf(label);
                if (Pdfs.text(pdf).contains(trackingNumber)) {
                    return Pdfs.barcode(pdf);
                }
            }
            throw new AssertionError("no shipping label shows " + trackingNumber);
        }

        private byte[] pdf(JsonObject document) {
            ApiClient.Download download = merchant.download("/api/v1/documents/" + document.getJsonNumber("id"));
            assertEquals(200, download.status(), document.toString());
            return download.body();
        }

        JsonObject requestReturn(int quantity, String reason) {
            JsonObject placed = current();
            long lineId = placed.getJsonArray("lines").getJsonObject(0).getJsonNumber("id").longValue();
            Reply requested = integrator.post("/api/v1/returns", Json.createObjectBuilder()
                    .add("orderId", id).add("orderLineId", lineId).add("quantity", quantity).add("reason", reason)
                    .add("type", "refund").build().toString(), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            assertEquals(201, requested.status(), requested.body());
            return requested.json();
        }
    }
}
