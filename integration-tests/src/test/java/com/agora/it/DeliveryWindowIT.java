package com.agora.it;

import static com.agora.it.InServer.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.it.ApiClient.Reply;
import jakarta.json.Json;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A burst far beyond what one agent takes at once: ten thousand probe events for the Infrastructure agent, sent
 * through the API as ops would. The relay keeps only a few messages in flight per agent, so it must hold the rest
 * back in the outbox, send them in bigger batches as the agent catches up, and lose or repeat none.
 */
@ExtendWith(ArquillianExtension.class)
class DeliveryWindowIT {

    private static final int EVENTS = 10_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    /** The run's events still waiting in the relay's queue. */
    private static final String HELD_BACK = "select count(*) from outbox_unrelayed u"
            + " join outbox_events e on e.position = u.position"
            + " where e.event_type = 'KernelProbe' and e.aggregate_id = ?";
    /** Over the run's receipts of the Infrastructure agent; %s is what is counted. */
    private static final String RECEIPTS = "select %s from processed_messages p"
            + " join outbox_events e on e.event_id = p.event_id"
            + " where p.consumer = 'infrastructure' and e.event_type = 'KernelProbe' and e.aggregate_id = ?";

    /** The relay's own vacuums of its queue table, as PostgreSQL counts them (autovacuum counts apart). */
    private static final String QUEUE_VACUUMS = "select coalesce(sum(vacuum_count), 0) from pg_stat_user_tables"
            + " where relname = 'outbox_unrelayed'";

    @Deployment(name = "platform", testable = false, order = 1)
    static EnterpriseArchive platform() {
        return Deployments.platform();
    }

    @Deployment(name = "probe", order = 2)
    static WebArchive probe() {
        return Deployments.probe(DeliveryWindowIT.class);
    }

    @ArquillianResource
    URL probeUrl;

    @Test
    @OperateOnDeployment("probe")
    void aBurstBeyondTheWindowIsHeldBackThenHandledInBatchesEachEventOnce() throws Exception {
        ApiClient admin = InServer.api(probeUrl, "admin", "admin123");
        long vacuumsBefore = count(QUEUE_VACUUMS);

        Reply launched = admin.post("/api/v1/system/kernel-probes", Json.createObjectBuilder()
                .add("events", EVENTS).add("eventsPerTransaction", 500).build());

        assertEquals(202, launched.status(), launched.body());
        long run = launched.json().getJsonNumber("runId").longValue();
        long mostHeldBack = 0;
        long handled = 0;
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (handled < EVENTS && System.nanoTime() < deadline) {
            mostHeldBack = Math.max(mostHeldBack, count(HELD_BACK, run));
            handled = count(RECEIPTS.formatted("count(*)"), run);
            Thread.sleep(20);
        }

        assertEquals(EVENTS, handled, "probe events handled (one receipt each) within " + TIMEOUT);
        assertEquals(EVENTS, count(RECEIPTS.formatted("count(distinct e.event_id)"), run),
                "receipts name every event");
        assertEquals(0, count(HELD_BACK, run), "left unrelayed");
        assertEquals(0, count("select count(*) from dead_letters where event_type = 'KernelProbe'"
                + " and payload like ?", "%\"runId\":" + run + "%"), "dead letters");
        Eventually.untilTrue(() -> count(QUEUE_VACUUMS) > vacuumsBefore, Duration.ofSeconds(10),
                "the relay vacuuming its queue after relaying the burst");
        assertTrue(mostHeldBack > 100, "events waited in the outbox while the agent was busy: at most "
                + mostHeldBack + " at once");
        // A transaction's receipts share its start time (processed_at defaults to now()).
        long transactions = count(RECEIPTS.formatted("count(distinct p.processed_at)"), run);
        assertTrue(transactions * 5 < EVENTS, EVENTS + " events took " + transactions
                + " transactions: the batches did not grow under load");
    }
}
