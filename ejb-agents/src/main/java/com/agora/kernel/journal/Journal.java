package com.agora.kernel.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads the committed event history (the outbox rows) for one observer, in batches, with a cursor kept in the
 * database and moved in the reader's transaction.
 *
 * <p>Positions are handed out when a row is written, not when it commits: a long transaction may commit a low
 * position after shorter ones committed higher ones, and a cursor on positions alone would skip it for ever.
 * So the journal is ordered by the writing transaction's id and read only below the oldest transaction still
 * running ({@code pg_snapshot_xmin}): every transaction there has ended, and none can add an event behind the
 * cursor any more. Rolled-back rows never become visible. A long transaction holds the readers back until it
 * ends; it never makes them miss anything.
 */
public final class Journal {

    private Journal() {
    }

    /**
     * Takes up to {@code limit} events after the reader's cursor and moves the cursor past them, in the
     * connection's current transaction: the events count as read only if that transaction commits. Readers of the
     * same name take turns (the cursor row is locked until the transaction ends).
     */
    public static List<JournalEntry> readNext(Connection connection, String reader, int limit) throws SQLException {
        try (PreparedStatement create = connection.prepareStatement(
                "insert into journal_cursors (reader) values (?) on conflict do nothing")) {
            create.setString(1, reader);
            create.executeUpdate();
        }
        String lastTxid;
        long lastPosition;
        try (PreparedStatement cursor = connection.prepareStatement(
                "select last_txid::text, last_position from journal_cursors where reader = ? for update")) {
            cursor.setString(1, reader);
            try (ResultSet row = cursor.executeQuery()) {
                row.next();
                lastTxid = row.getString(1);
                lastPosition = row.getLong(2);
            }
        }
        List<JournalEntry> entries = new ArrayList<>();
        try (PreparedStatement read = connection.prepareStatement("""
                select txid::text, position, event_id::text, event_type, aggregate_id, envelope from outbox_events
                where target is null
                  and (txid, position) > (cast(? as xid8), ?)
                  and txid < pg_snapshot_xmin(pg_current_snapshot())
                order by txid, position
                limit ?""")) {
            read.setString(1, lastTxid);
            read.setLong(2, lastPosition);
            read.setInt(3, limit);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    entries.add(new JournalEntry(rows.getString(1), rows.getLong(2), UUID.fromString(rows.getString(3)),
                            rows.getString(4), rows.getLong(5), rows.getString(6)));
                }
            }
        }
        if (!entries.isEmpty()) {
            JournalEntry last = entries.get(entries.size() - 1);
            try (PreparedStatement advance = connection.prepareStatement("update journal_cursors"
                    + " set last_txid = cast(? as xid8), last_position = ?, updated_at = now() where reader = ?")) {
                advance.setString(1, last.txid());
                advance.setLong(2, last.position());
                advance.setString(3, reader);
                advance.executeUpdate();
            }
        }
        return entries;
    }
}
