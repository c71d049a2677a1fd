package com.agora.kernel.journal;

import com.agora.kernel.event.EventCodec;
import com.agora.kernel.event.ReceivedEvent;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * The journal for agents that only need to know what happened (analytics, monitoring, recommendation, risk):
 * they read the committed events in batches instead of taking a queue copy of every event. Queue = must act;
 * journal = must know. The read joins the caller's transaction, so what the observer does with a batch and the
 * cursor's move commit together: each event is taken into account exactly once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class EventJournal {

    @Resource(lookup = "jdbc/agora")
    DataSource database;

    public List<ReceivedEvent> readNext(String reader, int limit) {
        // Within a transaction the server hands out the transaction's own connection, so the cursor moves with
        // the observer's changes made through JPA.
        try (Connection connection = database.getConnection()) {
            return Journal.readNext(connection, reader, limit).stream()
                    .map(entry -> EventCodec.decode(entry.envelope()))
                    .toList();
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the event journal for " + reader, e);
        }
    }
}
