package com.agora.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.kernel.journal.Journal;
import com.agora.kernel.journal.JournalEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The event journal in the real database, with writers whose transactions commit out of order: an observer
 * reading with its cursor sees every committed event exactly once, never one that rolled back, and is never
 * carried past an event a slow transaction has not committed yet.
 */
@ExtendWith(ArquillianExtension.class)
class EventJournalIT {

    private static final String PROBE_TYPE = "JournalProbe";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Deployment(name = "platform", testable = false, order = 1)
    static EnterpriseArchive platform() {
        return Deployments.platform();
    }

    @Deployment(name = "probe", order = 2)
    static WebArchive probe() {
        return Deployments.probe(EventJournalIT.class).addClasses(Journal.class, JournalEntry.class);
    }

    @Test
    @OperateOnDeployment("probe")
    void aLongTransactionCommittingLateIsNeitherSkippedNorOvertaken() throws Exception {
        String reader = "journal-it-" + UUID.randomUUID();
        long run = runId();
        drain(reader);
        Set<UUID> seen = new HashSet<>();

        try (Connection slow = begin()) {
            UUID early = write(slow, run);
            List<UUID> quick = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                try (Connection writer = begin()) {
                    quick.add(write(writer, run));
                    writer.commit();
                }
            }
            UUID rolledBack;
            try (Connection writer = begin()) {
                rolledBack = write(writer, run);
                writer.rollback();
            }

            List<UUID> whileSlowIsOpen = probeEvents(read(reader, 100), run);
            assertTrue(whileSlowIsOpen.isEmpty(), "the cursor must wait for the slow transaction, it read "
                    + whileSlowIsOpen);

            UUID late = write(slow, run);
            slow.commit();

            Eventually.untilTrue(() -> {
                seen.addAll(addOnce(seen, probeEvents(read(reader, 100), run)));
                return seen.size() >= 7;
            }, TIMEOUT, "all seven committed events");
            Set<UUID> committed = new HashSet<>(quick);
            committed.add(early);
            committed.add(late);
            assertEquals(committed, seen);
            assertTrue(!seen.contains(rolledBack), "a rolled-back event was read");
        }
        assertTrue(probeEvents(read(reader, 100), run).isEmpty(), "nothing is read twice");
    }

    @Test
    @OperateOnDeployment("probe")
    void concurrentWritersAndAReaderAgreeOnEveryCommittedEvent() throws Exception {
        String reader = "journal-it-" + UUID.randomUUID();
        long run = runId();
        drain(reader);
        Set<UUID> committed = ConcurrentHashMap.newKeySet();
        Set<UUID> rolledBack = ConcurrentHashMap.newKeySet();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            work.add(writers.submit(() -> {
                for (int t = 0; t < 25; t++) {
                    try (Connection writer = begin()) {
                        List<UUID> written = new ArrayList<>();
                        int events = 1 + ThreadLocalRandom.current().nextInt(3);
                        for (int e = 0; e < events; e++) {
                            written.add(write(writer, run));
                            Thread.sleep(ThreadLocalRandom.current().nextInt(5));
                        }
                        if (ThreadLocalRandom.current().nextInt(5) == 0) {
                            writer.rollback();
                            rolledBack.addAll(written);
                        } else {
                            writer.commit();
                            committed.addAll(written);
                        }
                    }
                }
                return null;
            }));
        }
        List<UUID> readInOrder = Collections.synchronizedList(new ArrayList<>());
        while (!work.stream().allMatch(Future::isDone)) {
            readInOrder.addAll(probeEvents(read(reader, 20), run));
        }
        for (Future<?> writer : work) {
            writer.get();
        }
        writers.shutdown();
        assertTrue(writers.awaitTermination(10, TimeUnit.SECONDS));
        Eventually.untilTrue(() -> {
            readInOrder.addAll(probeEvents(read(reader, 100), run));
            return readInOrder.size() >= committed.size();
        }, TIMEOUT, "every committed event");

        assertEquals(readInOrder.size(), new HashSet<>(readInOrder).size(), "an event was read twice");
        assertEquals(committed, new HashSet<>(readInOrder));
        assertTrue(readInOrder.stream().noneMatch(rolledBack::contains), "a rolled-back event was read");
        assertTrue(committed.size() > 50, "the writers committed " + committed.size());
    }

    /** Reads one batch in a transaction of its own, as an observer does. */
    private static List<JournalEntry> read(String reader, int limit) {
        try (Connection connection = begin()) {
            List<JournalEntry> entries = Journal.readNext(connection, reader, limit);
            connection.commit();
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves a new reader past everything earlier tests wrote. */
    private static void drain(String reader) {
        List<JournalEntry> batch;
        do {
            batch = read(reader, 5_000);
        } while (!batch.isEmpty());
    }

    private static List<UUID> probeEvents(List<JournalEntry> entries, long run) {
        return entries.stream().filter(e -> e.eventType().equals(PROBE_TYPE) && e.aggregateId() == run)
                .map(JournalEntry::eventId).toList();
    }

    private static List<UUID> addOnce(Set<UUID> seen, List<UUID> read) {
        for (UUID id : read) {
            assertTrue(!seen.contains(id), "event " + id + " was read twice");
        }
        return read;
    }

    /**
     * Writes an event the way the kernel's outbox does, in the connection's open transaction, but does not queue it
     * for the relay ({@code outbox_unrelayed}): the journal is what is tested, and no agent is to receive it.
     */
    private static UUID write(Connection connection, long run) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement("insert into outbox_events"
                + " (event_id, event_type, aggregate_id, source, envelope)"
                + " values (cast(? as uuid), ?, ?, 'journal-it', '{}')")) {
            insert.setString(1, id.toString());
            insert.setString(2, PROBE_TYPE);
            insert.setLong(3, run);
            insert.executeUpdate();
        }
        return id;
    }

    private static Connection begin() throws SQLException {
        DataSource database = InServer.database();
        Connection connection = database.getConnection();
        connection.setAutoCommit(false);
        return connection;
    }

    private static long runId() {
        return 700_000_000L + Instant.now().toEpochMilli() % 100_000_000L;
    }
}
