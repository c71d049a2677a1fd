package com.agora.kernel.outbox;

import com.agora.kernel.agent.Agent;
import com.agora.kernel.agent.AgentMetrics;
import com.agora.kernel.event.EventPublisher;
import com.agora.kernel.event.QueueDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends committed outbox rows to the subscribers' queues. One relay runs per server, woken after every commit
 * that wrote events and by a sweep every second (rows a crash or a broker outage left behind). While it sends,
 * new rows pile up and the next pass takes them all, so batches grow with the load by themselves.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

    private static final long SWEEP_PERIOD_MS = 1000;

    @Resource
    ManagedThreadFactory threads;

    @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
    ConnectionFactory broker;

    @Resource(lookup = "jdbc/agora")
    DataSource database;

    @EJB
    OutboxStore store;

    @Inject
    QueueDirectory queues;

    @Inject
    AgentMetrics metrics;

    @Inject
    DeliveryWindow window;

    @Inject
    @ConfigProperty(name = "agora.outbox.rows-per-pass", defaultValue = "500")
    int rowsPerPass;

    @Inject
    @ConfigProperty(name = "agora.outbox.events-per-message", defaultValue = "50")
    int eventsPerMessage;

    /**
     * How often, while events flow, the relay vacuums its queue itself. Every relayed event leaves a dead row
     * there, about two thousand a second under load, and autovacuum visits a database once a minute: in between
     * the queue grew to a thousand pages of dead rows, which every pass read to find a few dozen live ones.
     */
    @Inject
    @ConfigProperty(name = "agora.outbox.queue-vacuum-seconds", defaultValue = "2")
    int queueVacuumSeconds;

    /** How long the journal keeps events (and the kernel its receipts) for observers that read behind. */
    @Inject
    @ConfigProperty(name = "agora.journal.retention-days", defaultValue = "30")
    int retentionDays;

    /** A permit per wake; the relay thread takes them all when it starts a pass, so a wake during a pass is kept. */
    private final Semaphore signal = new Semaphore(0);
    private volatile boolean stopping;
    private Thread relayThread;
    /** Used by the relay thread alone. */
    private JMSContext jms;

    /**
     * The relay owns one long-lived thread rather than a task per commit: handing a task to the managed executor
     * captures the caller's context on every commit, which cost more than relaying a small batch.
     */
    @PostConstruct
    void start() {
        relayThread = threads.newThread(this::relayUntilStopped);
        relayThread.setName("agora-outbox-relay");
        relayThread.start();
    }

    /** Asks for a pass; returns at once. Called after every commit that wrote events, from the committing thread. */
    public void wake() {
        signal.release();
    }

    @Schedule(minute = "17", hour = "*", persistent = false)
    void forgetOldEvents() {
        int forgotten = store.forgetBefore(retentionDays);
        if (forgotten > 0) {
            LOG.log(Level.INFO, "Journal: {0} event(s) older than {1} days forgotten", new Object[] {forgotten,
                    retentionDays});
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        relayThread.interrupt();
        try {
            relayThread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits for a wake, or a second at most: the second is the sweep that re-sends what a crash or a broker outage
     * left in the outbox.
     */
    private void relayUntilStopped() {
        long vacuumEvery = TimeUnit.SECONDS.toNanos(queueVacuumSeconds);
        long lastVacuum = System.nanoTime();
        boolean relayedSinceVacuum = false;
        while (!stopping) {
            try {
                signal.tryAcquire(SWEEP_PERIOD_MS, TimeUnit.MILLISECONDS);
                signal.drainPermits();
                relayedSinceVacuum |= untilCaughtUp(this::relayOnce, rowsPerPass, () -> stopping) > 0;
                if (relayedSinceVacuum && System.nanoTime() - lastVacuum >= vacuumEvery) {
                    lastVacuum = System.nanoTime();
                    relayedSinceVacuum = false;
                    vacuumQueue();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                if (!stopping) {
                    LOG.log(Level.WARNING, "Relaying events failed, the sweep will retry: {0}", e.toString());
                }
            }
        }
        closeBrokerContext();
    }

    /** What one pass did: the rows it read, and how many of them it took off the queue. */
    record Pass(int read, int relayed) {
    }

    /**
     * Passes until one reads less than a pass's limit, so none left rows beyond it. An agent that got part of what a
     * pass read has no room left after it, so the next pass skips that agent's rows and reads past them. Stopping
     * once a pass relayed less than it read instead let a slow agent's backlog, the oldest rows of the queue, fill
     * every pass that followed one of its messages' close: newer events for idle agents waited until that backlog
     * fell below one pass, five seconds with the cores idle at the end of a bench level behind the mail agent.
     *
     * @return the rows relayed
     */
    static int untilCaughtUp(Supplier<Pass> pass, int rowsPerPass, BooleanSupplier stopping) {
        int relayed = 0;
        Pass last;
        do {
            last = pass.get();
            relayed += last.relayed();
        } while (last.read() == rowsPerPass && last.relayed() > 0 && !stopping.getAsBoolean());
        return relayed;
    }

    /**
     * One pass in one local transaction of the relay's own (this bean runs outside container transactions, so the
     * connection is not enlisted and the broker's context is not transacted: nothing is ever two-phase).
     */
    private Pass relayOnce() {
        try (Connection db = database.getConnection()) {
            db.setAutoCommit(false);
            try {
                Map<Agent, Integer> room = window.room();
                Set<Agent> waiting = EnumSet.noneOf(Agent.class);
                room.forEach((agent, messages) -> {
                    if (messages == 0) {
                        waiting.add(agent);
                    }
                });
                List<OutboxRow> rows = OutboxRows.lockDue(db, rowsPerPass, RelayPlan.typesWaitingFor(waiting),
                        waiting.stream().map(Agent::key).toList());
                int relayed = 0;
                if (!rows.isEmpty()) {
                    RelayPlan plan = RelayPlan.of(rows, eventsPerMessage, room::get);
                    if (!plan.copies().isEmpty()) {
                        OutboxRows.copy(db, plan.copies());
                    }
                    send(plan.deliveries());
                    OutboxRows.markRelayed(db, rows, plan.unrelayed());
                    relayed = rows.size() - plan.unrelayed().size();
                    metrics.relayed(relayed, plan.deliveries().size());
                }
                db.commit();
                return new Pass(rows.size(), relayed);
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the outbox could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Outside any transaction (a vacuum cannot run in one), and skipped while autovacuum holds the table rather than
     * keeping the relay waiting for it. A vacuum that fails, for a lack of rights say, only leaves the queue to
     * autovacuum: it is logged and relaying goes on.
     */
    private void vacuumQueue() {
        try (Connection db = database.getConnection(); Statement vacuum = db.createStatement()) {
            db.setAutoCommit(true);
            vacuum.execute("vacuum (skip_locked) outbox_unrelayed");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Vacuuming the relay queue failed, autovacuum will: {0}", e.getMessage());
        }
    }

    /**
     * Sends over the relay thread's own broker context, kept open between passes: opening one per pass (with its
     * producer and destinations) cost as much as the sends. A failed send closes it; the next pass opens another.
     */
    private void send(List<RelayPlan.Delivery> deliveries) {
        if (jms == null) {
            jms = broker.createContext();
        }
        List<Long> opened = new ArrayList<>(deliveries.size());
        try {
            for (RelayPlan.Delivery delivery : deliveries) {
                long number = window.opened(delivery.subscriber());
                opened.add(number);
                jms.createProducer()
                        .setProperty(EventPublisher.EVENT_COUNT, delivery.envelopes().size())
                        .setProperty(EventPublisher.WINDOW_NUMBER, number)
                        .send(queues.of(delivery.subscriber()), delivery.body());
            }
        } catch (RuntimeException e) {
            // The pass rolls back and its rows are sent again: what did go out must not keep its agent waiting.
            opened.forEach(window::closed);
            closeBrokerContext();
            throw e;
        }
    }

    private void closeBrokerContext() {
        if (jms != null) {
            try {
                jms.close();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Closing the relay's broker context failed: {0}", e.toString());
            }
            jms = null;
        }
    }
}
