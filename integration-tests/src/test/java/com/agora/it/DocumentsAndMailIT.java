package com.agora.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.agora.events.CustomerContact;
import com.agora.events.EventType;
import com.agora.events.OrderConfirmed;
import com.agora.events.OrderDelivered;
import com.agora.events.OrderShipped;
import com.agora.events.ParcelPacked;
import com.agora.events.ShipmentCreated;
import com.agora.it.ApiClient.Download;
import com.agora.it.ApiClient.Reply;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.event.EventCodec;
import com.agora.persistence.PostalAddress;
import com.agora.persistence.PostalAddressConverter;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The paper and the mail of an order, against the deployed EAR: documents as PDF files its merchant and customer
 * download and read back (text and the label's barcode), and e-mails the customer receives at a real SMTP server.
 * Where an upstream agent is not part of this build yet, the test plays it by putting its event on the queue.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentsAndMailIT {

    private static final Duration AGENTS_TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> SHIP_TO = List.of("Customer One", "1 Test Street", "78701 Austin TX", "US");

    @Deployment(name = "platform", testable = false, order = 1)
    static EnterpriseArchive platform() {
        return Deployments.platform();
    }

    @Deployment(name = "probe", testable = false, order = 2)
    static WebArchive probe() {
        return Deployments.probe(QueueDrop.class);
    }

    @ArquillianResource
    @OperateOnDeployment("probe")
    URL probeUrl;

    static MailInbox inbox;
    static ApiClient admin;
    static ApiClient merchant;
    static ApiClient otherMerchant;
    static ApiClient customer;
    static ApiClient integrator;
    static String customerEmail;

    @BeforeAll
    static void setUp() {
        inbox = MailInbox.shared();
        admin = ApiClient.as("admin", "admin123");
        merchant = ApiClient.as("merchant1", "merchant123");
        otherMerchant = ApiClient.as("merchant2", "merchant123");
        customer = ApiClient.as("customer1", "customer123");
        integrator = ApiClient.as("integrator", "integrator123");
        customerEmail = text("select u.email from users u where u.username = 'customer1'");
    }

    @Test
    void labelAndPackingSlipPerParcelAndTheInvoiceArePdfsOnlyTheOrdersPartiesDownload() throws Exception {
        JsonObject order = placedOrderHoldingStock(2);
        long orderId = order.getJsonNumber("id").longValue();
        String orderNumber = order.getString("orderNumber");
        JsonObject allocation = order.getJsonArray("allocations").getJsonObject(0);
        long shipmentId = 700_000_000L + (System.nanoTime() % 100_000_000L);
        String tracking = "1Z" + String.format("%016d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000L));
        ShipmentCreated shipment = shipment(order, allocation, shipmentId, "ups", "express", tracking);

        drop(Agent.DOCUMENT_GENERATION, EventType.SHIPMENT_CREATED, orderId, shipment);
        List<JsonObject> parcelDocuments = awaitDocuments(customer, orderId, 2);
        UUID repeated = drop(Agent.DOCUMENT_GENERATION, EventType.SHIPMENT_CREATED, orderId, shipment);
        drop(Agent.DOCUMENT_GENERATION, EventType.ORDER_SHIPPED, orderId, shipped(order, shipment));
        List<JsonObject> documents = awaitDocuments(customer, orderId, 3);

        Eventually.untilTrue(() -> handled("document-generation", repeated), AGENTS_TIMEOUT, "the repeated event");
        assertEquals(3, customer.get("/api/v1/orders/" + orderId + "/documents").array().size(),
                "a repeated ShipmentCreated makes no second label or slip");
        assertEquals(List.of("packing_slip", "shipping_label"), parcelDocuments.stream().map(d -> d.getString("kind"))
                .sorted().toList());
        JsonObject label = byKind(documents, "shipping_label");
        assertEquals(shipmentId, label.getJsonNumber("shipmentId").longValue());

        Download labelPdf = merchant.download("/api/v1/documents/" + label.getJsonNumber("id"));
        assertEquals(200, labelPdf.status());
        assertTrue(labelPdf.contentType().startsWith("application/pdf"), labelPdf.contentType());
        assertEquals("attachment; filename=\"" + label.getString("fileName") + "\"", labelPdf.contentDisposition());
        String labelText = Pdfs.text(labelPdf.body());
        assertTrue(labelText.contains("UPS") && labelText.contains("EXPRESS"), labelText);
        assertTrue(labelText.contains("TRACKING # " + tracking), labelText);
        assertTrue(labelText.contains(allocation.getString("warehouseCode")), labelText);
        assertEquals(tracking, Pdfs.barcode(labelPdf.body()));

        String slipText = Pdfs.text(customer.download("/api/v1/documents/" + byKind(documents, "packing_slip")
                .getJsonNumber("id")).body());
        assertTrue(slipText.contains("PACKING SLIP") && slipText.contains(orderNumber), slipText);
        assertTrue(slipText.contains("Units in this parcel 2"), slipText);

        JsonObject invoice = byKind(documents, "invoice");
        assertTrue(!invoice.containsKey("shipmentId") || invoice.isNull("shipmentId"), "an invoice covers the order");
        String invoiceText = Pdfs.text(customer.download("/api/v1/documents/" + invoice.getJsonNumber("id")).body());
        String merchantName = text("select business_name from merchants where id = "
                + order.getJsonNumber("merchantId"));
        assertTrue(invoiceText.contains("INVOICE") && invoiceText.contains(orderNumber), invoiceText);
        assertTrue(invoiceText.contains(merchantName), invoiceText);
        assertTrue(invoiceText.contains("Subtotal " + order.getJsonNumber("subtotal").bigDecimalValue()), invoiceText);
        assertTrue(invoiceText.contains("Total " + order.getString("currency") + " "
                + order.getJsonNumber("total").bigDecimalValue()), invoiceText);

        assertEquals(404, otherMerchant.get("/api/v1/orders/" + orderId + "/documents").status());
        assertEquals(404, otherMerchant.download("/api/v1/documents/" + invoice.getJsonNumber("id")).status());
        assertEquals(403, integrator.download("/api/v1/documents/" + invoice.getJsonNumber("id")).status());
        assertEquals(200, admin.download("/api/v1/documents/" + invoice.getJsonNumber("id")).status());
        admin.await("/api/v1/orders/" + orderId, o -> timeline(o).stream().filter("DocumentGenerated"::equals).count() == 3,
                AGENTS_TIMEOUT);
    }

    @Test
    void theCustomerIsMailedOnceOnConfirmationAndOnShipmentWithTheTrackingLink() throws Exception {
        JsonObject order = placedOrderHoldingStock(1);
        long orderId = order.getJsonNumber("id").longValue();
        String orderNumber = order.getString("orderNumber");
        OrderConfirmed confirmed = confirmed(order);

        drop(Agent.CUSTOMER_COMMUNICATION, EventType.ORDER_CONFIRMED, orderId, confirmed);
        MimeMessage confirmation = inbox.awaitMessageTo(customerEmail, orderNumber + " is confirmed", AGENTS_TIMEOUT);
        UUID repeated = drop(Agent.CUSTOMER_COMMUNICATION, EventType.ORDER_CONFIRMED, orderId, confirmed);
        ShipmentCreated shipment = shipment(order, order.getJsonArray("allocations").getJsonObject(0), 1, "dhl",
                "standard", "JD014600003");
        drop(Agent.CUSTOMER_COMMUNICATION, EventType.ORDER_SHIPPED, orderId, shipped(order, shipment));
        MimeMessage shipping = inbox.awaitMessageTo(customerEmail, orderNumber + " is on its way", AGENTS_TIMEOUT);

        assertEquals("order-confirmed", MailInbox.header(confirmation, "X-Agora-Template"));
        assertTrue(MailInbox.text(confirmation).contains("Total: " + order.getJsonNumber("total").bigDecimalValue()
                + " " + order.getString("currency")), MailInbox.text(confirmation));
        assertTrue(MailInbox.text(shipping).contains("DHL JD014600003: https://track.example/dhl/JD014600003"),
                MailInbox.text(shipping));
        Eventually.untilTrue(() -> handled("customer-communication", repeated), AGENTS_TIMEOUT, "the repeated event");
        assertEquals(1, inbox.messagesTo(customerEmail).stream()
                .filter(m -> MailInbox.subject(m).contains(orderNumber + " is confirmed")).count());
        List<JsonObject> messages = customer.get("/api/v1/orders/" + orderId + "/messages").array().stream()
                .map(JsonValue::asJsonObject).toList();
        assertEquals(List.of("order-confirmed", "order-shipped"), messages.stream().map(m -> m.getString("template"))
                .toList());
        assertTrue(messages.stream().allMatch(m -> m.getString("status").equals("sent") && m.getInt("attempts") == 1),
                messages.toString());
        assertEquals(404, otherMerchant.get("/api/v1/orders/" + orderId + "/messages").status());
        admin.await("/api/v1/orders/" + orderId, o -> timeline(o).contains("CustomerNotified"), AGENTS_TIMEOUT);
    }

    @Test
    void aMailTheServerCannotTakeIsRetriedThenLoggedAsFailedWithoutHoldingUpTheOrder() throws Exception {
        JsonObject order = placedOrderHoldingStock(1);
        long orderId = order.getJsonNumber("id").longValue();

        inbox.duringOutage(() -> {
            drop(Agent.CUSTOMER_COMMUNICATION, EventType.ORDER_DELIVERED, orderId, new OrderDelivered(orderId,
                    order.getString("orderNumber"), order.getJsonNumber("customerId").longValue(), contactOf(orderId),
                    Instant.now()));
            admin.await("/api/v1/orders/" + orderId, o -> timeline(o).contains("NotificationFailed"), AGENTS_TIMEOUT);
        });

        JsonObject message = admin.get("/api/v1/orders/" + orderId + "/messages").array().stream()
                .map(JsonValue::asJsonObject).filter(m -> m.getString("template").equals("order-delivered"))
                .findFirst().orElseThrow();
        assertEquals("failed", message.getString("status"), message.toString());
        assertEquals(4, message.getInt("attempts"), "every attempt the kernel allows: " + message);
        assertTrue(message.getString("error").contains("SMTP server"), message.toString());
        assertEquals(0, count("select count(*) from dead_letters where consumer = 'customer-communication'"
                + " and payload like '%\"orderId\":" + orderId + "%'"), "a mail outage parks nothing");
    }

    /** The whole saga, once the Fraud Detection and Payment agents are part of the build. */
    @Test
    void anOrderPaidWithTheApprovingCardIsConfirmedByMail() {
        assumeTrue(agentUp("fraud-detection") && agentUp("payment"), "fraud detection and payment are not built yet");
        long variant = stockedVariant(1);

        Reply placed = customer.post("/api/v1/orders", Json.createObjectBuilder().add("items",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("variantId", variant).add("quantity", 1)))
                .build());

        assertEquals(201, placed.status(), placed.body());
        String orderNumber = placed.json().getString("orderNumber");
        MimeMessage confirmation = inbox.awaitMessageTo(customerEmail, orderNumber + " is confirmed",
                Duration.ofSeconds(60));
        assertTrue(MailInbox.text(confirmation).contains("Order number: " + orderNumber));
    }

    private JsonObject placedOrderHoldingStock(int units) {
        long variant = stockedVariant(units);
        Reply placed = customer.post("/api/v1/orders", Json.createObjectBuilder().add("items",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("variantId", variant)
                        .add("quantity", units))).build());
        assertEquals(201, placed.status(), placed.body());
        // The order page is read in more than one query, so the timeline may already show the reservation while
        // the allocations written in the same transaction are not in the answer yet: wait for both.
        return admin.await("/api/v1/orders/" + placed.json().getJsonNumber("id"),
                o -> timeline(o).contains("StockReserved") && !o.getJsonArray("allocations").isEmpty(),
                AGENTS_TIMEOUT);
    }

    /** A fresh product of merchant1 with just enough stock in one warehouse. */
    private static long stockedVariant(int units) {
        String sku = "DOC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Reply created = merchant.post("/api/v1/products", Json.createObjectBuilder().add("sku", sku)
                .add("name", "Paper test " + sku).add("price", new BigDecimal("12.50")).add("status", "active").build());
        assertEquals(201, created.status(), created.body());
        long variant = created.json().getJsonArray("variants").getJsonObject(0).getJsonNumber("id").longValue();
        long warehouse = merchant.get("/api/v1/inventory/warehouses").array().getJsonObject(0).getJsonNumber("id")
                .longValue();
        Reply stocked = merchant.post("/api/v1/inventory/adjustments", Json.createObjectBuilder()
                .add("variantId", variant).add("warehouseId", warehouse).add("type", "restock")
                .add("quantityChange", units).add("reason", "documents and mail test").build());
        assertEquals(201, stocked.status(), stocked.body());
        return variant;
    }

    private static OrderConfirmed confirmed(JsonObject order) {
        JsonObject line = order.getJsonArray("lines").getJsonObject(0);
        JsonObject allocation = order.getJsonArray("allocations").getJsonObject(0);
        long orderId = order.getJsonNumber("id").longValue();
        return new OrderConfirmed(orderId, order.getString("orderNumber"),
                order.getJsonNumber("merchantId").longValue(), order.getJsonNumber("customerId").longValue(),
                contactOf(orderId), order.getJsonNumber("shippingAddressId").longValue(),
                address("ship_to", orderId), "standard",
                order.getJsonNumber("total").bigDecimalValue(), order.getString("currency"),
                List.of(new OrderConfirmed.Parcel(allocation.getJsonNumber("warehouseId").longValue(),
                        allocation.getString("warehouseCode"), List.of(new OrderConfirmed.Line(
                                line.getJsonNumber("id").longValue(), line.getJsonNumber("productId").longValue(),
                                line.getJsonNumber("variantId").longValue(), line.getString("sku"),
                                line.getString("name"), line.getInt("quantity"), null)))));
    }

    /** One parcel from the allocation's warehouse with every unit of the order, as the Carrier agent states it. */
    private static ShipmentCreated shipment(JsonObject order, JsonObject allocation, long shipmentId, String carrier,
            String serviceLevel, String tracking) {
        return new ShipmentCreated(order.getJsonNumber("id").longValue(), order.getString("orderNumber"),
                order.getJsonNumber("merchantId").longValue(), order.getJsonNumber("customerId").longValue(),
                shipmentId, 1, allocation.getJsonNumber("warehouseId").longValue(),
                allocation.getString("warehouseCode"), 1, carrier, serviceLevel, tracking,
                "https://track.example/" + carrier + "/" + tracking, new BigDecimal("7.40"), SHIP_TO,
                order.getJsonArray("lines").stream().map(JsonValue::asJsonObject).map(line -> new ParcelPacked.Item(
                        line.getString("sku"), line.getString("name"), line.getInt("quantity"))).toList());
    }

    /** The order as the Order agent states it when its last parcel has a shipment. */
    private static OrderShipped shipped(JsonObject order, ShipmentCreated shipment) {
        long orderId = order.getJsonNumber("id").longValue();
        return new OrderShipped(orderId, order.getString("orderNumber"), order.getJsonNumber("merchantId").longValue(),
                text("select merchant_name from orders where id = " + orderId),
                order.getJsonNumber("customerId").longValue(), contactOf(orderId), address("bill_to", orderId),
                Instant.now(), order.getJsonArray("lines").stream()
                        .map(JsonValue::asJsonObject).map(line -> new OrderShipped.Line(line.getString("sku"),
                                line.getString("name"), line.getInt("quantity"), amount(line, "unitPrice"),
                                amount(line, "totalPrice"))).toList(),
                amount(order, "subtotal"), amount(order, "discount"), amount(order, "tax"),
                amount(order, "shippingCost"), amount(order, "total"), order.getString("currency"),
                List.of(new OrderShipped.Shipment(shipment.shipmentId(), shipment.carrierCode(),
                        shipment.trackingNumber(), shipment.trackingUrl())));
    }

    /** The customer as the order recorded it when it was placed, which the Order agent's events carry. */
    private static CustomerContact contactOf(long orderId) {
        return new CustomerContact(text("select customer_email from orders where id = " + orderId),
                text("select customer_name from orders where id = " + orderId));
    }

    /** One of the order's addresses as recorded at placement: ship_to or bill_to. */
    private static PostalAddress address(String column, long orderId) {
        return new PostalAddressConverter().convertToEntityAttribute(
                text("select " + column + " from orders where id = " + orderId));
    }

    private static BigDecimal amount(JsonObject object, String name) {
        return object.getJsonNumber(name).bigDecimalValue();
    }

    /** Puts an event on one agent's queue, as its publisher would; returns the event id. */
    private UUID drop(Agent agent, EventType type, long orderId, Object payload) {
        UUID eventId = UUID.randomUUID();
        String event = EventCodec.encode(eventId, type, Instant.now(), orderId, "integration-test", payload);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(probeUrl.toExternalForm()
                            + "queues/" + agent.key())).POST(HttpRequest.BodyPublishers.ofString(event)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(204, response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return eventId;
    }

    private static List<JsonObject> awaitDocuments(ApiClient client, long orderId, int expected) {
        return Eventually.until(() -> {
            Reply reply = client.get("/api/v1/orders/" + orderId + "/documents");
            assertEquals(200, reply.status(), reply.body());
            List<JsonObject> documents = reply.array().stream().map(JsonValue::asJsonObject).toList();
            return documents.size() >= expected ? Optional.of(documents) : Optional.empty();
        }, AGENTS_TIMEOUT, () -> expected + " documents of order " + orderId);
    }

    private static JsonObject byKind(List<JsonObject> documents, String kind) {
        return documents.stream().filter(d -> d.getString("kind").equals(kind)).findFirst().orElseThrow();
    }

    private static List<String> timeline(JsonObject order) {
        return order.getJsonArray("timeline").stream().map(e -> e.asJsonObject().getString("eventType")).toList();
    }

    private static boolean agentUp(String key) {
        return ApiClient.anonymous().get("/health/ready").json().getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(c -> c.getString("name").equals("agent-" + key) && c.getString("status").equals("UP"));
    }

    private static boolean handled(String consumer, UUID eventId) {
        return count("select count(*) from processed_messages where consumer = '" + consumer
                + "' and event_id = '" + eventId + "'") == 1;
    }

    private static long count(String sql) {
        return Long.parseLong(text(sql));
    }

    /** One value from the test domain's database, as the build passes it in. */
    private static String text(String sql) {
        try (Connection connection = DriverManager.getConnection(System.getProperty("agora.db.url"),
                System.getProperty("agora.db.user"), System.getProperty("agora.db.password"));
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            assertTrue(result.next(), sql);
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
