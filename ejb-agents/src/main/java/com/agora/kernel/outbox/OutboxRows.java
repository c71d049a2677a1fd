package com.agora.kernel.outbox;

import com.agora.kernel.agent.Agent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The relay's SQL, on a connection whose transaction the relay runs itself: the due rows are locked (rows another
 * relay holds are skipped), sent, and marked relayed in the same short transaction. A relay that dies after
 * sending rolls back by losing its connection; the rows are then sent again, which receipts make harmless.
 */
final class OutboxRows {

    private OutboxRows() {
    }

    /**
     * @param waiting agents whose events are to stay in the outbox for now: rows held for them are not taken
     */
    static List<OutboxRow> lockDue(Connection db, int limit, List<String> waiting) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("select position, event_type, target, envelope"
                + " from outbox_events where relayed_at is null and (target is null or target <> all(?))"
                + " order by position limit ? for update skip locked")) {
            select.setArray(1, db.createArrayOf("varchar", waiting.toArray()));
            select.setInt(2, limit);
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
     * Keeps events for agents with no room: a row meant for every subscriber gets a copy addressed to each agent
     * that is to wait (it is a copy of a journal event, so it stays out of the journal); a row already addressed
     * to one agent simply stays unrelayed.
     *
     * @return the rows that stay unrelayed as they are
     */
    static Set<Long> hold(Connection db, Map<Agent, List<OutboxRow>> held) throws SQLException {
        Set<Long> unrelayed = new HashSet<>();
        try (PreparedStatement copy = db.prepareStatement("insert into outbox_events"
                + " (event_id, event_type, aggregate_id, source, target, envelope)"
                + " select event_id, event_type, aggregate_id, source, ?, envelope from outbox_events"
                + " where position = any(?) order by position")) {
            for (Map.Entry<Agent, List<OutboxRow>> waiting : held.entrySet()) {
                List<Long> shared = new ArrayList<>();
                for (OutboxRow row : waiting.getValue()) {
                    if (row.target() == null) {
                        shared.add(row.position());
                    } else {
                        unrelayed.add(row.position());
                    }
                }
                if (!shared.isEmpty()) {
                    copy.setString(1, waiting.getKey().key());
                    copy.setArray(2, db.createArrayOf("bigint", shared.toArray()));
                    copy.addBatch();
                }
            }
            copy.executeBatch();
        }
        return unrelayed;
    }

    static void markRelayed(Connection db, List<OutboxRow> rows, Set<Long> unrelayed) throws SQLException {
        Long[] positions = rows.stream().map(OutboxRow::position).filter(p -> !unrelayed.contains(p))
                .toArray(Long[]::new);
        try (PreparedStatement update = db.prepareStatement(
                "update outbox_events set relayed_at = now() where position = any(?)")) {
            update.setArray(1, db.createArrayOf("bigint", positions));
            update.executeUpdate();
        }
    }
}
