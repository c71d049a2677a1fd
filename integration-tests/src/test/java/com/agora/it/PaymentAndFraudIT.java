package com.agora.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.events.EventType;
import com.agora.events.FraudCheckRequested;
import com.agora.events.PaymentRequested;
import com.agora.it.ApiClient.Reply;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.event.EventCodec;
import com.agora.persistence.PostalAddressConverter;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Payment and Fraud Detection agents in the real server: cards registered through the API; money moved by a
 * real order's journey and by refunds through the API; and, where a case is easier to stage than to provoke, the
 * Order agent's requests (payment requested, fraud check requested) put on their queues directly for orders the
 * flow has left alone, with the outcome read back through the API as merchants and admins see it.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentAndFraudIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String APPROVES = "4242424242424242";
    private static final String DECLINES = "4000000000000002";
    private static final String TIMES_OUT = "4000000000000259";

    @Deployment(name = "platform", testable = false, order = 1)
    static EnterpriseArchive platform() {
        return Deployments.platform();
    }

    @Deployment(name = "probe", order = 2)
    static WebArchive probe() {
        return Deployments.probe(PaymentAndFraudIT.class);
    }

    @ArquillianResource
    URL probeUrl;

    @Inject
    JMSContext jms;

    @Test
    @OperateOnDeployment("probe")
    void aCardIsCheckedStoredWithoutItsNumberAndRegisteredOnlyByWhoMay() {
        ApiClient integrator = api("integrator", "integrator123");

        Reply invalid = integrator.post("/api/v1/payment-methods", card(21, "4242 4242 4242 4241", 13, 99, false));
        assertEquals(400, invalid.status(), invalid.body());
        assertTrue(invalid.contentType().startsWith("application/problem+json"), invalid.contentType());
        assertEquals(List.of("cardNumber", "expiryMonth", "expiryYear"), fields(invalid));
        Reply expired = integrator.post("/api/v1/payment-methods", card(21, APPROVES, 1, 2020, false));
        assertEquals(List.of("expiryYear"), fields(expired));

        Reply registered = integrator.post("/api/v1/payment-methods", card(21, "5555-5555-5555-4444", 12, 2031, false));
        assertEquals(201, registered.status(), registered.body());
        assertEquals("4444", registered.json().getString("lastFour"));
        assertEquals("mastercard", registered.json().getString("brand"));
        assertEquals(false, registered.json().getBoolean("isDefault"), "customer 21 keeps its demo card as default");

        Reply customersOwn = api("customer1", "customer123").post("/api/v1/payment-methods",
                Json.createObjectBuilder().add("cardNumber", APPROVES).add("expiryMonth", 12).add("expiryYear", 2031)
                        .build());
        assertEquals(201, customersOwn.status(), customersOwn.body());
        assertEquals(403, api("customer1", "customer123").post("/api/v1/payment-methods",
                card(2, APPROVES, 12, 2031, false)).status());
        assertEquals(403, api("merchant1", "merchant123").post("/api/v1/payment-methods",
                card(2, APPROVES, 12, 2031, false)).status());
        assertEquals(400, integrator.post("/api/v1/payment-methods", card(999_999, APPROVES, 12, 2031, false))
                .status());
    }

    @Test
    @OperateOnDeployment("probe")
    void aDeclinedCardEndsInAFailedAuthorizationAndATimeoutIsRecordedAsSuch() throws Exception {
        ApiClient integrator = api("integrator", "integrator123");
        long declining = registeredCard(integrator, 22, DECLINES);
        long slow = registeredCard(integrator, 22, TIMES_OUT);
        long declinedOrder = placedOrder(integrator, 22);
        long timedOutOrder = placedOrder(integrator, 22);

        requestPayment(declinedOrder, 22, declining, "80.00");
        Instant asked = Instant.now();
        requestPayment(timedOutOrder, 22, slow, "80.00");

        JsonObject declined = transactionsSettled(integrator, declinedOrder, 1);
        JsonObject authorization = declined.getJsonArray("transactions").getJsonObject(0);
        assertEquals("authorization", authorization.getString("type"));
        assertEquals("failed", authorization.getString("status"));
        assertEquals("card declined", authorization.getString("errorMessage"));
        assertEquals(new BigDecimal("0.00"), declined.getJsonNumber("authorized").bigDecimalValue());
        JsonObject timedOut = transactionsSettled(integrator, timedOutOrder, 1).getJsonArray("transactions")
                .getJsonObject(0);
        assertEquals("failed", timedOut.getString("status"));
        assertEquals("gateway timeout", timedOut.getString("errorMessage"));
        assertTrue(Duration.between(asked, Instant.now()).toMillis() >= 2_000, "the gateway had its 2 s deadline");
    }

    @Test
    @RunAsClient
    @OperateOnDeployment("probe")
    void aShippedOrderIsCapturedOnceThenRefundedInPartsButNeverBeyondWhatWasCaptured() {
        Shop shop = Shop.open();
        Shop.Stocked item = shop.stock(new BigDecimal("50.00"), 3, 0);
        Shop.Customer customer = shop.customer(23);
        Shop.Order order = shop.place(customer, customer.approvingCard(), item, 2);
        order.awaitStatus("confirmed");
        order.pickAndPackEverything();
        order.awaitPaymentStatus("paid");
        long id = order.id();

        JsonObject captured = order.payments();
        assertEquals(0, order.total().compareTo(captured.getJsonNumber("captured").bigDecimalValue()));
        List<JsonObject> transactions = captured.getJsonArray("transactions").stream().map(JsonObject.class::cast)
                .sorted(Comparator.comparing(t -> t.getJsonNumber("id").longValue())).toList();
        assertEquals(List.of("authorization", "capture"), transactions.stream().map(t -> t.getString("type")).toList());
        assertEquals(transactions.get(0).getJsonNumber("id").longValue(),
                transactions.get(1).getJsonNumber("parentTransactionId").longValue());

        ApiClient merchant = api("merchant1", "merchant123");
        assertEquals(404, api("merchant2", "merchant123").get("/api/v1/orders/" + id + "/payments").status());
        String key = UUID.randomUUID().toString();
        String refund = Json.createObjectBuilder().add("amount", new BigDecimal("30.00")).add("reason", "scratched")
                .build().toString();
        Reply accepted = merchant.post("/api/v1/orders/" + id + "/refunds", refund, Map.of("Idempotency-Key", key));
        assertEquals(202, accepted.status(), accepted.body());
        assertTrue(accepted.headers().get("Location").get(0).endsWith("/orders/" + id + "/payments"));
        assertEquals(202, merchant.post("/api/v1/orders/" + id + "/refunds", refund,
                Map.of("Idempotency-Key", key)).status());
        JsonObject refunded = transactionsSettled(merchant, id, 3);
        assertEquals(new BigDecimal("30.00"), refunded.getJsonNumber("refunded").bigDecimalValue(),
                "the same key refunds once");
        BigDecimal left = order.total().subtract(new BigDecimal("30.00"));
        assertEquals(0, left.compareTo(refunded.getJsonNumber("refundable").bigDecimalValue()));

        Reply tooMuch = merchant.post("/api/v1/orders/" + id + "/refunds", Json.createObjectBuilder()
                .add("amount", left.add(new BigDecimal("0.01"))).build().toString(), Map.of());
        assertEquals(422, tooMuch.status(), tooMuch.body());
        assertEquals(403, api("integrator", "integrator123").post("/api/v1/orders/" + id + "/refunds", refund,
                Map.of()).status());

        assertEquals(202, merchant.post("/api/v1/orders/" + id + "/refunds", Json.createObjectBuilder()
                .add("amount", left).add("reason", "returned in full").build().toString(), Map.of()).status());
        JsonObject settled = transactionsSettled(merchant, id, 4);
        assertEquals(0, order.total().compareTo(settled.getJsonNumber("refunded").bigDecimalValue()));
        assertEquals(0, BigDecimal.ZERO.compareTo(settled.getJsonNumber("refundable").bigDecimalValue()));
        order.awaitPaymentStatus("refunded");
    }

    @Test
    @OperateOnDeployment("probe")
    void aNoChargeOrderNeverReachesTheGateway() throws Exception {
        ApiClient integrator = api("integrator", "integrator123");
        long replacement = placedOrder(integrator, 24);

        requestPayment(replacement, 24, null, "0.00");
        JsonObject free = Eventually.until(() -> {
            Reply reply = integrator.get("/api/v1/orders/" + replacement + "/payments");
            return reply.status() != 200 ? Optional.<JsonObject>empty() : reply.json().getJsonArray("transactions")
                    .stream().map(JsonObject.class::cast).filter(t -> t.getString("type").equals("authorization"))
                    .findFirst();
        }, TIMEOUT, () -> "the authorization of order " + replacement);
        assertEquals("success", free.getString("status"));
        assertEquals(0, BigDecimal.ZERO.compareTo(free.getJsonNumber("amount").bigDecimalValue()));
        assertTrue(!free.containsKey("gateway") || free.isNull("gateway"), free.toString());
    }

    @Test
    @OperateOnDeployment("probe")
    void aHighAmountWaitsForReviewAndIsApprovedOnceAndAnAmountAboveTheRejectLimitIsRejected() throws Exception {
        ApiClient integrator = api("integrator", "integrator123");
        ApiClient admin = api("admin", "admin123");
        long reviewed = placedOrder(integrator, 26);
        long rejected = placedOrder(integrator, 26);
        long ordinary = placedOrder(integrator, 26);

        checkFraud(reviewed, new BigDecimal("3283.09"), 8);
        checkFraud(rejected, new BigDecimal("12000.00"), 2);
        checkFraud(ordinary, new BigDecimal("120.00"), 2);

        JsonObject waiting = assessment(admin, "review", reviewed);
        assertEquals("medium", waiting.getString("riskLevel"));
        assertTrue(waiting.getJsonArray("reasons").toString().contains("review amount"), waiting.toString());
        assertEquals("high", assessment(admin, "rejected", rejected).getString("riskLevel"));
        assertEquals("low", assessment(admin, "cleared", ordinary).getString("riskLevel"));
        assertEquals(403, api("merchant1", "merchant123").get("/api/v1/fraud/reviews").status());

        String path = "/api/v1/fraud/reviews/" + waiting.getJsonNumber("id") + "/decision";
        Reply approved = admin.post(path, Json.createObjectBuilder().add("approve", true)
                .add("note", "called the customer").build());
        assertEquals(200, approved.status(), approved.body());
        assertEquals("approved", approved.json().getString("status"));
        assertEquals("admin", approved.json().getString("reviewedBy"));
        assertNotNull(approved.json().getString("reviewedAt"));
        Reply again = admin.post(path, Json.createObjectBuilder().add("approve", false).build());
        assertEquals(409, again.status(), again.body());
    }

    private JsonObject assessment(ApiClient admin, String status, long orderId) {
        return Eventually.until(() -> admin.get("/api/v1/fraud/reviews?size=100&status=" + status).json()
                        .getJsonArray("items").stream().map(JsonObject.class::cast)
                        .filter(a -> a.getJsonNumber("orderId").longValue() == orderId).findFirst(),
                TIMEOUT, () -> "the " + status + " assessment of order " + orderId);
    }

    private JsonObject transactionsSettled(ApiClient client, long orderId, int count) {
        JsonObject[] last = {null};
        return Eventually.until(() -> {
            Reply reply = client.get("/api/v1/orders/" + orderId + "/payments");
            if (reply.status() != 200) {
                return Optional.empty();
            }
            last[0] = reply.json();
            return last[0].getJsonArray("transactions").size() == count ? Optional.of(last[0]) : Optional.empty();
        }, TIMEOUT, () -> count + " transaction(s) of order " + orderId + "; last: " + last[0]);
    }

    private void requestPayment(long orderId, long customerId, Long methodId, String amount) throws NamingException {
        send(EventType.PAYMENT_REQUESTED, orderId, new PaymentRequested(orderId, "AG-IT-" + orderId, 1, customerId,
                methodId, new BigDecimal(amount), "USD"));
    }

    /** Asks for the scoring as the Order agent does, with the customer and addresses the order recorded. */
    private void checkFraud(long orderId, BigDecimal total, int units) throws NamingException, SQLException {
        DataSource database = (DataSource) new InitialContext().lookup("jdbc/agora");
        try (Connection connection = database.getConnection();
                PreparedStatement recorded = connection.prepareStatement(
                        "select customer_email, customer_since, ship_to, bill_to, card_fingerprint from orders"
                                + " where id = ?")) {
            recorded.setLong(1, orderId);
            try (ResultSet order = recorded.executeQuery()) {
                assertTrue(order.next(), "order " + orderId);
                PostalAddressConverter addresses = new PostalAddressConverter();
                send(EventType.FRAUD_CHECK_REQUESTED, orderId, new FraudCheckRequested(orderId, "AG-IT-" + orderId,
                        26, order.getString(1), order.getTimestamp(2).toInstant(), total, "USD", units,
                        addresses.convertToEntityAttribute(order.getString(3)),
                        addresses.convertToEntityAttribute(order.getString(4)), order.getString(5), "127.0.0.1"));
            }
        }
    }

    private void send(EventType type, long orderId, Object payload) throws NamingException {
        String body = EventCodec.encode(UUID.randomUUID(), type, Instant.now(), orderId, "order", payload);
        for (Agent subscriber : type.subscribers()) {
            if (subscriber == Agent.PAYMENT || subscriber == Agent.FRAUD_DETECTION) {
                Queue queue = (Queue) new InitialContext().lookup(subscriber.queueJndiName());
                jms.createProducer().setProperty("eventType", type.typeName()).send(queue, body);
            }
        }
    }

    /** A real order of merchant 1 for the customer, so the payment rows have an order to belong to. */
    /**
     * A real order row that the other agents leave alone: its product has no stock, so Inventory rejects it and the
     * flow stops there. The test then plays the Order agent's requests to Payment and Fraud Detection itself.
     */
    private long placedOrder(ApiClient integrator, long customerId) {
        String sku = "PF-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Reply product = api("merchant1", "merchant123").post("/api/v1/products", Json.createObjectBuilder()
                .add("sku", sku).add("name", "Unstocked " + sku).add("price", new BigDecimal("10.00"))
                .add("status", "active").build());
        assertEquals(201, product.status(), product.body());
        long variant = product.json().getJsonArray("variants").getJsonObject(0).getJsonNumber("id").longValue();
        Reply placed = integrator.post("/api/v1/orders", Json.createObjectBuilder().add("customerId", customerId)
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("variantId", variant)
                        .add("quantity", 1))).build());
        assertEquals(201, placed.status(), placed.body());
        long id = placed.json().getJsonNumber("id").longValue();
        integrator.await("/api/v1/orders/" + id, o -> o.getString("status").equals("rejected"), TIMEOUT);
        return id;
    }

    private static long registeredCard(ApiClient integrator, long customerId, String number) {
        Reply reply = integrator.post("/api/v1/payment-methods", card(customerId, number, 12, 2031, false));
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    private static JsonObject card(long customerId, String number, int month, int year, boolean makeDefault) {
        return Json.createObjectBuilder().add("customerId", customerId).add("cardNumber", number)
                .add("expiryMonth", month).add("expiryYear", year).add("makeDefault", makeDefault).build();
    }

    private static List<String> fields(Reply problem) {
        JsonArray errors = problem.json().getJsonArray("errors");
        return errors.stream().map(e -> e.asJsonObject().getString("field")).collect(Collectors.toList());
    }

    private ApiClient api(String user, String password) {
        return InServer.api(probeUrl, user, password);
    }
}
