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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rows the kernel adds for every step: outbox events, timeline entries and, for a create with an
 * {@code Idempotency-Key}, the key. They go straight to JDBC on the transaction's own connection, not through the
 * entity manager, for two reasons measured under load: a native query makes EclipseLink flush and compare every
 * entity of the transaction first (a batch of fifty events did that fifty times over a growing set), and a persisted
 * entry is one more object to compare at every later flush. Inside a batch, and in an order's placement, the kernel
 * holds the rows and writes them at the end as one statement for all three tables: every statement is a round trip,
 * and on these machines a round trip costs both sides more than the rows it carries.
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

    /** That {@code key} of {@code caller} created the resource; see {@code IdempotencyKeys}. */
    public record KeyClaim(String caller, String key, String requestHash, String resourceType, long resourceId) {
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
            new Column<>("envelope", "text", OutboxInsert::envelope)));

    private static final Insert<TimelineInsert> TIMELINE = new Insert<>("order_events", List.of(
            new Column<>("order_id", "bigint", TimelineInsert::orderId),
            new Column<>("agent", "text", TimelineInsert::agent),
            new Column<>("event_type", "text", TimelineInsert::step),
            new Column<>("detail", "text", TimelineInsert::detail),
            new Column<>("occurred_at", "timestamptz", TimelineInsert::occurredAt)));

    private static final Insert<KeyClaim> KEY = new Insert<>("idempotency_keys", List.of(
            new Column<>("caller", "text", KeyClaim::caller),
            new Column<>("idempotency_key", "text", KeyClaim::key),
            new Column<>("request_hash", "text", KeyClaim::requestHash),
            new Column<>("resource_type", "text", KeyClaim::resourceType),
            new Column<>("resource_id", "bigint", KeyClaim::resourceId)));

    /** Both tables in one statement; either list may be empty. Events are queued for the relay as they are written. */
    private static final String STEP = "with " + RelayQueue.queuingClauses(OUTBOX.sql()) + ", timeline as ("
            + TIMELINE.sql() + ")";

    private static final String WRITE = STEP + " select 0";

    /** The same, and the key: 1 when this step recorded it, 0 when a request recorded it before. */
    private static final String WRITE_CLAIMING = STEP + ", claimed as (" + KEY.sql()
            + " on conflict (caller, idempotency_key) do nothing returning 1) select count(*) from claimed";

    private static final class Held {
        final List<OutboxInsert> events = new ArrayList<>();
        final List<TimelineInsert> steps = new ArrayList<>();
        boolean written;
    }

    /**
     * From now until {@link #writeHeld()} or {@link #writeHeldClaiming}, this transaction's rows wait and are then
     * written together.
     */
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
            write(List.of(event), List.of(), null);
        }
    }

    /**
     * @return whether the step is held for the end of the batch or placement; otherwise the caller records it itself,
     *         as an entity whose id it can show at once
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
        Held held = takeHeld();
        if (!held.events.isEmpty() || !held.steps.isEmpty()) {
            write(held.events, held.steps, null);
        }
    }

    /**
     * Records the key together with what was held (if anything), in one statement; rows added later in this
     * transaction are written at once.
     *
     * @return whether this step recorded the key; false when a request recorded it before
     */
    public boolean writeHeldClaiming(KeyClaim claim) {
        Held held = takeHeld();
        return write(held.events, held.steps, claim) == 1;
    }

    /** What is held, from now on as written; nothing when this transaction holds nothing. */
    private Held takeHeld() {
        Held held = held();
        if (held == null) {
            return new Held();
        }
        held.written = true;
        return held;
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
    }

    private int write(List<OutboxInsert> events, List<TimelineInsert> steps, KeyClaim claim) {
        // The transaction's own connection: EclipseLink owns it and gives it back at the end of the transaction.
        Connection db = em.unwrap(Connection.class);
        try (PreparedStatement statement = db.prepareStatement(claim == null ? WRITE : WRITE_CLAIMING)) {
            int parameter = bind(db, statement, 1, OUTBOX, events);
            parameter = bind(db, statement, parameter, TIMELINE, steps);
            if (claim != null) {
                bind(db, statement, parameter, KEY, List.of(claim));
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        } catch (SQLException e) {
            throw new PersistenceException("writing the kernel's rows failed", e);
        }
    }

    private static <T> int bind(Connection db, PreparedStatement statement, int first, Insert<T> insert, List<T> rows)
            throws SQLException {
        int parameter = first;
        for (Column<T> column : insert.columns()) {
            statement.setArray(parameter++, db.createArrayOf("text", rows.stream().map(column.value())
                    .map(v -> Objects.toString(v, null)).toArray()));
        }
        return parameter;
    }
}
