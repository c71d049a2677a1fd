package com.agora.kernel.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The rows the kernel adds for every step: outbox events and timeline entries. They go straight to JDBC on the
 * transaction's own connection, not through the entity manager, for two reasons measured under load: a native
 * query makes EclipseLink flush and compare every entity of the transaction first (a batch of fifty events did
 * that fifty times over a growing set), and a persisted entry is one more object to compare at every later flush.
 * Inside a batch the kernel holds the rows and writes them at its end as one statement per table.
 */
@ApplicationScoped
public class KernelRows {

    private static final Object HELD = KernelRows.class.getName() + ".held";

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public record OutboxInsert(UUID eventId, String eventType, long aggregateId, String source, String target,
            String envelope) {
    }

    public record TimelineInsert(long orderId, String agent, String step, String detail, Instant occurredAt) {
    }

    private static final class Held {
        final List<OutboxInsert> events = new ArrayList<>();
        final List<TimelineInsert> steps = new ArrayList<>();
        boolean written;
    }

    /** From now until {@link #writeHeld()}, this transaction's rows wait and are then written together. */
    public void holdUntilWritten() {
        requireTransaction();
        transactions.putResource(HELD, new Held());
    }

    /** Whether rows added now wait for {@link #writeHeld()} rather than being written at once. */
    public boolean holding() {
        return held() != null;
    }

    public void add(OutboxInsert event) {
        add(event, held -> held.events, this::insertEvents);
    }

    public void add(TimelineInsert step) {
        add(step, held -> held.steps, this::insertSteps);
    }

    private <T> void add(T row, Function<Held, List<T>> heldRows, Consumer<List<T>> insertNow) {
        requireTransaction();
        Held held = held();
        if (held != null) {
            heldRows.apply(held).add(row);
        } else {
            insertNow.accept(List.of(row));
        }
    }

    /** Writes what was held, and writes rows added later in this transaction at once. */
    public void writeHeld() {
        Held held = held();
        if (held == null) {
            return;
        }
        held.written = true;
        insertEvents(held.events);
        insertSteps(held.steps);
    }

    private Held held() {
        if (transactions.getTransactionKey() == null) {
            return null;
        }
        Held held = (Held) transactions.getResource(HELD);
        return held == null || held.written ? null : held;
    }

    private void requireTransaction() {
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("the kernel's rows are written inside the transaction of the change"
                    + " they belong to");
        }
    }

    private void insertEvents(List<OutboxInsert> events) {
        if (events.isEmpty()) {
            return;
        }
        write("insert into outbox_events (event_id, event_type, aggregate_id, source, target, envelope)"
                + " select * from unnest(cast(cast(? as text[]) as uuid[]), cast(? as text[]), cast(? as bigint[]),"
                + " cast(? as text[]), cast(? as text[]), cast(? as text[]))", (db, insert) -> {
                    insert.setArray(1, texts(db, events, e -> e.eventId().toString()));
                    insert.setArray(2, texts(db, events, OutboxInsert::eventType));
                    insert.setArray(3, numbers(db, events, OutboxInsert::aggregateId));
                    insert.setArray(4, texts(db, events, OutboxInsert::source));
                    insert.setArray(5, texts(db, events, OutboxInsert::target));
                    insert.setArray(6, texts(db, events, OutboxInsert::envelope));
                });
    }

    private void insertSteps(List<TimelineInsert> steps) {
        if (steps.isEmpty()) {
            return;
        }
        write("insert into order_events (order_id, agent, event_type, detail, occurred_at)"
                + " select * from unnest(cast(? as bigint[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),"
                + " cast(cast(? as text[]) as timestamptz[]))", (db, insert) -> {
                    insert.setArray(1, numbers(db, steps, TimelineInsert::orderId));
                    insert.setArray(2, texts(db, steps, TimelineInsert::agent));
                    insert.setArray(3, texts(db, steps, TimelineInsert::step));
                    insert.setArray(4, texts(db, steps, TimelineInsert::detail));
                    insert.setArray(5, texts(db, steps, s -> s.occurredAt().toString()));
                });
    }

    private static <T> Array texts(Connection db, List<T> rows, Function<T, String> column) throws SQLException {
        return db.createArrayOf("text", rows.stream().map(column).toArray());
    }

    private static <T> Array numbers(Connection db, List<T> rows, Function<T, Long> column) throws SQLException {
        return db.createArrayOf("bigint", rows.stream().map(column).toArray());
    }

    private interface Binding {
        void bind(Connection db, PreparedStatement statement) throws SQLException;
    }

    private void write(String sql, Binding binding) {
        // The transaction's own connection: EclipseLink owns it and gives it back at the end of the transaction.
        Connection db = em.unwrap(Connection.class);
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            binding.bind(db, insert);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("writing the kernel's rows failed", e);
        }
    }
}
