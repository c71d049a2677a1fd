package com.agora.kernel.outbox;

import com.agora.kernel.agent.Agent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The relay's SQL, on a connection whose transaction the relay runs itself: the due rows of the {@link RelayQueue}
 * are locked (rows another relay holds are skipped), sent, and taken off the queue in the same short transaction. A
 * relay that dies after sending rolls back by losing its connection; the rows are then sent again, which receipts
 * make harmless.
 */
final class OutboxRows {

    private OutboxRows() {
    }

    /**
     * @param waitingTypes event types whose every subscriber is to wait: their rows are not taken
     * @param waiting      agents whose events are to wait: rows addressed to them are not taken
     */
    static List<OutboxRow> lockDue(Connection db, int limit, List<String> waitingTypes, List<String> waiting)
            throws SQLException {
        // The due rows are chosen on the narrow queue alone and only those are joined to their envelopes: under
        // load the queue holds thousands of events waiting for busy agents, and joining them all before the limit
        // made every pass read and sort thousands of envelopes to send a few dozen.
        try (PreparedStatement select = db.prepareStatement("with due as (select position, event_type, target"
                + " from outbox_unrelayed"
                + " where (target is null and event_type <> all(?)) or (target is not null and target <> all(?))"
                + " order by position limit ? for update skip locked)"
                + " select due.position, due.event_type, due.target, e.envelope"
                + " from due join outbox_events e on e.position = due.position order by due.position")) {
            select.setArray(1, db.createArrayOf("varchar", waitingTypes.toArray()));
            select.setArray(2, db.createArrayOf("varchar", waiting.toArray()));
            select.setInt(3, limit);
            try (ResultSet rs = select.executeQuery()) {
                List<OutboxRow> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new OutboxRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
                return rows;
            }
        }
    }

    /**
     * Keeps events for agents with no room whose other subscribers did get them: each gets a copy addressed to the
     * agent that is to wait (a copy of a journal event, so it stays out of the journal).
     */
    static void copy(Connection db, Map<Agent, List<OutboxRow>> copies) throws SQLException {
        try (PreparedStatement copy = db.prepareStatement(RelayQueue.queuing("insert into outbox_events"
                + " (event_id, event_type, aggregate_id, source, target, envelope)"
                + " select event_id, event_type, aggregate_id, source, ?, envelope from outbox_events"
                + " where position = any(?) order by position"))) {
            for (Map.Entry<Agent, List<OutboxRow>> waiting : copies.entrySet()) {
                copy.setString(1, waiting.getKey().key());
                copy.setArray(2, db.createArrayOf("bigint",
                        waiting.getValue().stream().map(OutboxRow::position).toArray()));
                copy.addBatch();
            }
            copy.executeBatch();
        }
    }

    static void markRelayed(Connection db, List<OutboxRow> rows, Set<Long> unrelayed) throws SQLException {
        Long[] positions = rows.stream().map(OutboxRow::position).filter(p -> !unrelayed.contains(p))
                .toArray(Long[]::new);
        if (positions.length == 0) {
            return;
        }
        try (PreparedStatement update = db.prepareStatement(
                "delete from outbox_unrelayed where position = any(?)")) {
            update.setArray(1, db.createArrayOf("bigint", positions));
            update.executeUpdate();
        }
    }
}
