package com.agora.it;

import static com.agora.it.InServer.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.events.EventType;
import com.agora.events.OrderPlaced;
import com.agora.events.PaymentVoided;
import com.agora.it.ApiClient.Reply;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.event.EventCodec;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the server and talks to the agents' queues directly: duplicated events, poison messages and
 * failing handlers, the way a redelivering broker or a broken peer would produce them. Outcomes are read
 * from the database and the dead letters are handled through the API, as ops would.
 */
@ExtendWith(ArquillianExtension.class)
class AgentMessagingIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Deployment(name = "platform", testable = false, order = 1)
    static EnterpriseArchive platform() {
        return Deployments.platform();
    }

    @Deployment(name = "probe", order = 2)
    static WebArchive probe() {
        return Deployments.probe(AgentMessagingIT.class);
    }

    @ArquillianResource
    URL probeUrl;

    @Inject
    JMSContext jms;

    @Test
    @OperateOnDeployment("probe")
    void aDuplicatedEventIsAppliedOnce() throws Exception {
        ApiClient admin = api("admin", "admin123");
        long[] stocked = stockedVariant(admin, 10);
        long order = 900_000_000L + (System.nanoTime() % 1_000_000);
        UUID eventId = UUID.randomUUID();
        String event = EventCodec.encode(eventId, EventType.ORDER_PLACED, Instant.now(), order, "order",
                new OrderPlaced(order, "AG-PROBE", 1, 1, List.of(new OrderPlaced.Line(stocked[0], stocked[1], 4))));

        send(Agent.INVENTORY, event);
        send(Agent.INVENTORY, event);

        Eventually.untilTrue(() -> count("select coalesce(sum(quantity), 0) from stock_reservations where order_id = ?",
                order) == 4, TIMEOUT, "the reservation");
        // The order agent does not know this order and parks its StockReserved; by then the duplicate has long
        // been delivered to the inventory agent too, and must have changed nothing.
        Eventually.until(() -> parked("order", "StockReserved", order), TIMEOUT,
                () -> "the dead letter for the unknown order");
        assertEquals(4, count("select coalesce(sum(quantity), 0) from stock_reservations where order_id = ?", order));
        assertEquals(4, count("select reserved_quantity from inventory where variant_id = ?", stocked[1]));
        assertEquals(1, count("select count(*) from processed_messages where consumer = 'inventory' and event_id = "
                + "cast(? as uuid)", eventId.toString()));
    }

    @Test
    @OperateOnDeployment("probe")
    void aFailingEventIsRetriedWithBackOffThenParkedAndCanBeReplayed() throws Exception {
        long unknownOrder = 800_000_000L + (System.nanoTime() % 1_000_000);
        String event = EventCodec.encode(UUID.randomUUID(), EventType.PAYMENT_VOIDED, Instant.now(), unknownOrder,
                "payment", new PaymentVoided(unknownOrder, 1, new BigDecimal("1.00")));
        Instant sent = Instant.now();

        send(Agent.ORDER, event);

        DeadLetterRow parked = Eventually.until(() -> parked("order", "PaymentVoided", unknownOrder), TIMEOUT,
                () -> "the dead letter");
        assertEquals(4, parked.attempts());
        assertTrue(Duration.between(sent, parked.parkedAt()).toMillis() >= 3_000,
                "back-off delays of 0.5, 1 and 2 seconds come before parking: " + Duration.between(sent, parked.parkedAt()));
        assertTrue(parked.reason().contains("order " + unknownOrder + " does not exist"), parked.reason());
        ApiClient admin = api("admin", "admin123");
        Reply listed = admin.get("/api/v1/system/dead-letters?status=parked&size=100");
        assertTrue(listed.json().getJsonArray("items").stream()
                .anyMatch(d -> d.asJsonObject().getJsonNumber("id").longValue() == parked.id()), listed.body());

        Reply replayed = admin.post("/api/v1/system/dead-letters/" + parked.id() + "/replay", JsonValue.EMPTY_JSON_OBJECT);

        assertEquals(200, replayed.status(), replayed.body());
        assertEquals("replayed", replayed.json().getString("status"));
        assertEquals("admin", replayed.json().getString("resolvedBy"));
        Eventually.untilTrue(() -> parkedRows("order", "PaymentVoided", unknownOrder).size() == 2,
                TIMEOUT, "the replayed message failing again and being parked again");
        assertEquals(409, admin.post("/api/v1/system/dead-letters/" + parked.id() + "/replay",
                JsonValue.EMPTY_JSON_OBJECT).status());
    }

    @Test
    @OperateOnDeployment("probe")
    void aPoisonMessageIsParkedAtOnceAndCanBeDiscarded() throws Exception {
        String poison = "this is not an event " + UUID.randomUUID();

        send(Agent.INVENTORY, poison);

        DeadLetterRow parked = Eventually.until(() -> rows("select id, attempts, reason, parked_at, status from dead_letters"
                + " where payload = ?", poison).stream().findFirst(), TIMEOUT, () -> "the poison message");
        assertEquals(1, parked.attempts());
        assertTrue(parked.reason().startsWith("unreadable event"), parked.reason());
        Reply discarded = api("admin", "admin123").post("/api/v1/system/dead-letters/" + parked.id() + "/discard",
                JsonValue.EMPTY_JSON_OBJECT);
        assertEquals("discarded", discarded.json().getString("status"), discarded.body());
        assertEquals(403, api("merchant1", "merchant123").get("/api/v1/system/dead-letters").status());
    }

    record DeadLetterRow(long id, int attempts, String reason, Instant parkedAt, String status) {
    }

    private ApiClient api(String user, String password) {
        return InServer.api(probeUrl, user, password);
    }

    /** A fresh active product of merchant 1 with stock in one warehouse: {productId, variantId}. */
    private static long[] stockedVariant(ApiClient admin, int units) {
        String sku = "PROBE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Reply created = admin.post("/api/v1/products", Json.createObjectBuilder().add("merchantId", 1).add("sku", sku)
                .add("name", "Probe " + sku).add("price", new BigDecimal("2.00")).add("status", "active").build());
        assertEquals(201, created.status(), created.body());
        JsonObject product = created.json();
        long variant = product.getJsonArray("variants").getJsonObject(0).getJsonNumber("id").longValue();
        long warehouse = admin.get("/api/v1/inventory/warehouses").array().getJsonObject(0).getJsonNumber("id")
                .longValue();
        Reply stocked = admin.post("/api/v1/inventory/adjustments", Json.createObjectBuilder().add("variantId", variant)
                .add("warehouseId", warehouse).add("type", "restock").add("quantityChange", units)
                .add("reason", "probe stock").build());
        assertEquals(201, stocked.status(), stocked.body());
        return new long[] {product.getJsonNumber("id").longValue(), variant};
    }

    private void send(Agent agent, String body) throws NamingException {
        Queue queue = (Queue) new InitialContext().lookup(agent.queueJndiName());
        jms.createProducer().send(queue, body);
    }

    private Optional<DeadLetterRow> parked(String consumer, String eventType, long orderId) {
        return parkedRows(consumer, eventType, orderId).stream().filter(r -> r.status().equals("parked")).findFirst();
    }

    private List<DeadLetterRow> parkedRows(String consumer, String eventType, long orderId) {
        return rows("select id, attempts, reason, parked_at, status from dead_letters where consumer = ?"
                + " and event_type = ? and payload like ? order by id", consumer, eventType,
                "%\"orderId\":" + orderId + "%");
    }

    private static List<DeadLetterRow> rows(String sql, Object... parameters) {
        try (Connection connection = database().getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet result = statement.executeQuery()) {
            List<DeadLetterRow> rows = new ArrayList<>();
            while (result.next()) {
                Timestamp parkedAt = result.getTimestamp(4);
                rows.add(new DeadLetterRow(result.getLong(1), result.getInt(2), result.getString(3),
                        parkedAt.toInstant(), result.getString(5)));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private static DataSource database() {
        return InServer.database();
    }
}
