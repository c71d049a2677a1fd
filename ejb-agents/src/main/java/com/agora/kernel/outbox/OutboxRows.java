package com.agora.kernel.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The relay's SQL, on a connection whose transaction the relay runs itself: the due rows are locked (rows another
 * relay holds are skipped), sent, and marked relayed in the same short transaction. A relay that dies after
 * sending rolls back by losing its connection; the rows are then sent again, which receipts make harmless.
 */
final class OutboxRows {

    private OutboxRows() {
    }

    static List<OutboxRow> lockDue(Connection db, int limit) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("select position, event_type, target, envelope"
                + " from outbox_events where relayed_at is null order by position limit ? for update skip locked")) {
            select.setInt(1, limit);
            try (ResultSet rs = select.executeQuery()) {
                List<OutboxRow> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new OutboxRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
                return rows;
            }
        }
    }

    static void markRelayed(Connection db, List<OutboxRow> rows) throws SQLException {
        Long[] positions = rows.stream().map(OutboxRow::position).toArray(Long[]::new);
        try (PreparedStatement update = db.prepareStatement(
                "update outbox_events set relayed_at = now() where position = any(?)")) {
            update.setArray(1, db.createArrayOf("bigint", positions));
            update.executeUpdate();
        }
    }
}
