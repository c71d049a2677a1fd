package com.agora.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.events.EventType;
import com.agora.events.OrderPlaced;
import com.agora.inventory.boundary.InventoryAgent;
import com.agora.inventory.boundary.InventoryViews.StockAdjustment;
import com.agora.inventory.boundary.InventoryViews.StockFilter;
import com.agora.inventory.boundary.InventoryViews.StockView;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.entity.DeadLetter;
import com.agora.kernel.event.EventCodec;
import com.agora.kernel.event.EventPublisher;
import com.agora.kernel.event.QueueDirectory;
import com.agora.kernel.messaging.DeadLetterOffice;
import com.agora.kernel.paging.PageRequest;
import com.agora.kernel.security.Caller;
import com.agora.product.boundary.ProductAgent;
import com.agora.product.boundary.ProductCommands.NewProduct;
import com.agora.product.boundary.ProductViews.ProductView;
import com.agora.security.entity.Role;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the server, next to the agents, and talks to their queues directly: duplicated events, poison
 * messages and failing handlers, the way a flaky network or a bad deploy would produce them.
 */
@ExtendWith(ArquillianExtension.class)
class AgentMessagingIT {

    private static final Caller ADMIN = new Caller("admin", Role.ADMIN, null, null);

    @Deployment
    static EnterpriseArchive platform() {
        return Deployments.platformWithInContainerTest(AgentMessagingIT.class);
    }

    @Inject
    ProductAgent products;

    @Inject
    InventoryAgent inventory;

    @Inject
    DeadLetterOffice deadLetters;

    @Inject
    QueueDirectory queues;

    @Inject
    JMSContext jms;

    @Test
    void aDuplicatedEventIsAppliedOnce() {
        StockView stock = stockedVariant(10);
        long fictitiousOrder = 900_000_000L + (System.nanoTime() % 1_000_000);
        String event = EventCodec.encode(UUID.randomUUID(), EventType.ORDER_PLACED, Instant.now(), fictitiousOrder,
                "order", new OrderPlaced(fictitiousOrder, "AG-TEST", stock.merchantId(), 1,
                        List.of(new OrderPlaced.Line(stock.productId(), stock.variantId(), 4))));

        send(Agent.INVENTORY, event);
        send(Agent.INVENTORY, event);

        awaitTrue(() -> reservedOf(stock.variantId()) == 4, "the reservation");
        // The order agent learns of a reservation for an order it does not know and parks it; meanwhile the
        // duplicate must have been seen and skipped, so the reserved count stays at one order's worth.
        awaitTrue(() -> parkedFor("order", EventType.STOCK_RESERVED.typeName(), fictitiousOrder).isPresent(),
                "the dead letter of the unknown order");
        assertEquals(4, reservedOf(stock.variantId()));
    }

    @Test
    void aFailingEventIsRetriedWithBackOffThenParkedAndCanBeReplayed() {
        long unknownOrder = 800_000_000L + (System.nanoTime() % 1_000_000);
        String event = EventCodec.encode(UUID.randomUUID(), EventType.STOCK_RELEASED, Instant.now(), unknownOrder,
                "inventory", new com.agora.events.StockReleased(unknownOrder, 1));
        Instant sent = Instant.now();

        send(Agent.ORDER, event);

        DeadLetter parked = await(() -> parkedFor("order", "StockReleased", unknownOrder), "the dead letter");
        assertEquals(4, parked.getAttempts());
        assertTrue(Duration.between(sent, parked.getParkedAt()).toMillis() >= 3_000,
                "three back-off delays of 0.5, 1 and 2 seconds come before parking");
        assertTrue(parked.getReason().contains("order " + unknownOrder + " does not exist"), parked.getReason());

        DeadLetter replayed = deadLetters.replay(parked.getId(), "it-admin");
        assertEquals("replayed", replayed.getStatus());
        assertEquals("it-admin", replayed.getResolvedBy());
        awaitTrue(() -> deadLetters.list("parked", new PageRequest(1, 100)).items().stream()
                .anyMatch(d -> d.getPayload().equals(parked.getPayload()) && !d.getId().equals(parked.getId())),
                "the replayed message failing and being parked again");
    }

    @Test
    void aPoisonMessageIsParkedAtOnce() {
        String poison = "this is not an event " + UUID.randomUUID();

        send(Agent.INVENTORY, poison);

        DeadLetter parked = await(() -> deadLetters.list("parked", new PageRequest(1, 100)).items().stream()
                .filter(d -> d.getPayload().equals(poison)).findFirst(), "the poison message");
        assertEquals(1, parked.getAttempts());
        assertTrue(parked.getReason().startsWith("unreadable event"), parked.getReason());
        assertEquals("discarded", deadLetters.discard(parked.getId(), "it-admin").getStatus());
    }

    private StockView stockedVariant(int units) {
        String sku = "ITM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ProductView product = products.createProduct(ADMIN,
                new NewProduct(1L, null, sku, "Messaging test " + sku, null, new BigDecimal("2.00"), "active", null));
        long variant = product.variants().get(0).id();
        long warehouse = inventory.listWarehouses().get(0).id();
        return inventory.adjustStock(ADMIN, new StockAdjustment(null, variant, warehouse, "restock", units,
                "messaging test", null));
    }

    private int reservedOf(long variantId) {
        return inventory.listStock(ADMIN, new StockFilter(null, null, variantId, null), new PageRequest(1, 10)).items()
                .stream().mapToInt(StockView::reserved).sum();
    }

    private Optional<DeadLetter> parkedFor(String consumer, String eventType, long orderId) {
        return deadLetters.list("parked", new PageRequest(1, 100)).items().stream()
                .filter(d -> d.getConsumer().equals(consumer) && eventType.equals(d.getEventType())
                        && d.getPayload().contains("\"orderId\":" + orderId))
                .findFirst();
    }

    private void send(Agent agent, String body) {
        jms.createProducer().setProperty(EventPublisher.EVENT_TYPE, "test").send(queues.of(agent), body);
    }

    private static void awaitTrue(Supplier<Boolean> condition, String what) {
        await(() -> condition.get() ? Optional.of(true) : Optional.empty(), what);
    }

    private static <T> T await(Supplier<Optional<T>> probe, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("waited 30 s in vain for " + what);
    }
}
