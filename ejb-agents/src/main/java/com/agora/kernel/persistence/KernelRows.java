package com.agora.kernel.persistence;

import com.agora.kernel.outbox.RelayQueue;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /** A column of a multi-row insert: its values travel as one text array, cast to the column's type. */
    private record Column<T>(String name, String type, Function<T, Object> value) {
    }

    private static final Insert<OutboxInsert> OUTBOX = new Insert<>("outbox_events", List.of(
            new Column<>("event_id", "uuid", OutboxInsert::eventId),
            new Column<>("event_type", "text", OutboxInsert::eventType),
            new Column<>("aggregate_id", "bigint", OutboxInsert::aggregateId),
            new Column<>("source", "text", OutboxInsert::source),
            new Column<>("target", "text", OutboxInsert::target),
            new Column<>("envelope", "text", OutboxInsert::envelope))).queuedForTheRelay();

    private static final Insert<TimelineInsert> TIMELINE = new Insert<>("order_events", List.of(
            new Column<>("order_id", "bigint", TimelineInsert::orderId),
            new Column<>("agent", "text", TimelineInsert::agent),
            new Column<>("event_type", "text", TimelineInsert::step),
            new Column<>("detail", "text", TimelineInsert::detail),
            new Column<>("occurred_at", "timestamptz", TimelineInsert::occurredAt)));

    private static final class Held {
        final List<OutboxInsert> events = new ArrayList<>();
        final List<TimelineInsert> steps = new ArrayList<>();
        boolean written;
    }

    /** From now until {@link #writeHeld()}, this transaction's rows wait and are then written together. */
    public void holdUntilWritten() {
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("the kernel holds rows only inside a transaction");
        }
        transactions.putResource(HELD, new Held());
    }

    /** Writes the event in the caller's transaction, at once or with the batch it belongs to. */
    public void add(OutboxInsert event) {
        Held held = held();
        if (held != null) {
            held.events.add(event);
        } else {
            write(OUTBOX, List.of(event));
        }
    }

    /**
     * @return whether the step is held for the batch's end; outside a batch the caller records it itself, as an
     *         entity whose id it can show at once
     */
    public boolean hold(TimelineInsert step) {
        Held held = held();
        if (held == null) {
            return false;
        }
        held.steps.add(step);
        return true;
    }

    /** Writes what was held, and writes rows added later in this transaction at once. */
    public void writeHeld() {
        Held held = held();
        if (held == null) {
            return;
        }
        held.written = true;
        write(OUTBOX, held.events);
        write(TIMELINE, held.steps);
    }

    private Held held() {
        if (transactions.getTransactionKey() == null) {
            return null;
        }
        Held held = (Held) transactions.getResource(HELD);
        return held == null || held.written ? null : held;
    }

    /** One multi-row insert into a table, its SQL built once. */
    private record Insert<T>(List<Column<T>> columns, String sql) {

        Insert(String table, List<Column<T>> columns) {
            this(columns, "insert into " + table + " ("
                    + columns.stream().map(Column::name).collect(Collectors.joining(", "))
                    + ") select * from unnest("
                    + columns.stream().map(c -> "cast(cast(? as text[]) as " + c.type() + "[])")
                            .collect(Collectors.joining(", "))
                    + ")");
        }

        Insert<T> queuedForTheRelay() {
            return new Insert<>(columns, RelayQueue.queuing(sql));
        }
    }

    private <T> void write(Insert<T> insert, List<T> rows) {
        if (rows.isEmpty()) {
            return;
        }
        // The transaction's own connection: EclipseLink owns it and gives it back at the end of the transaction.
        Connection db = em.unwrap(Connection.class);
        try (PreparedStatement statement = db.prepareStatement(insert.sql())) {
            for (int i = 0; i < insert.columns().size(); i++) {
                Function<T, Object> value = insert.columns().get(i).value();
                statement.setArray(i + 1, db.createArrayOf("text", rows.stream().map(value)
                        .map(v -> Objects.toString(v, null)).toArray()));
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("writing the kernel's rows failed", e);
        }
    }
}
