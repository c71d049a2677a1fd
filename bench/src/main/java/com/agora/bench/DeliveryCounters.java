package com.agora.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the platform did for a level's orders, read around it: PostgreSQL commits and statements of the platform's
 * database, the agents' deliveries (events handled), the JMS messages that carried them and the size of those
 * batches. Divided by the orders done, they say where an order's cost goes.
 */
final class DeliveryCounters {

    /** Counters at one moment; statements is -1 when pg_stat_statements is not installed and loaded. */
    record Snapshot(long commits, long statements, long deliveries, long messages, double batchEvents,
            double batchP50, double batchP99, double batchMax) {
    }

    /** The difference between two snapshots, per order done. */
    record PerOrder(double commits, double statements, double deliveries, double messages, double eventsPerMessage,
            double batchP50, double batchP99, double batchMax) {
    }

    private static final Pattern SAMPLE = Pattern.compile("^([a-z_]+)\\{([^}]*)}\\s+([-0-9.eE+]+)$");

    private final Api api;
    private final Connection database;
    private final boolean statementsAvailable;

    private DeliveryCounters(Api api, Connection database, boolean statementsAvailable) {
        this.api = api;
        this.database = database;
        this.statementsAvailable = statementsAvailable;
    }

    /** @return null when the platform's database cannot be reached: the figures are then left out */
    static DeliveryCounters open(Api api, String database, String passwordFile) {
        try {
            String password = Files.readString(Path.of(passwordFile)).trim();
            Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:5432/" + database,
                    "agora", password);
            boolean statements;
            try (PreparedStatement probe = connection.prepareStatement("select calls from pg_stat_statements limit 1");
                    ResultSet rs = probe.executeQuery()) {
                statements = true;
            } catch (SQLException notThere) {
                // not installed in this database, or installed but not loaded until PostgreSQL restarts
                statements = false;
            }
            return new DeliveryCounters(api, connection, statements);
        } catch (IOException | SQLException e) {
            System.err.println("bench: commits and statements per order not measured: " + e.getMessage());
            return null;
        }
    }

    Snapshot take() throws IOException, InterruptedException {
        long commits = single("select xact_commit from pg_stat_database where datname = current_database()");
        long statements = statementsAvailable ? single("select coalesce(sum(calls), 0)::bigint from pg_stat_statements"
                + " where dbid = (select oid from pg_database where datname = current_database())") : -1;
        String metrics = api.getText("/metrics?scope=application").body();
        double deliveries = 0;
        double messages = 0;
        double events = 0;
        double p50 = 0;
        double p99 = 0;
        double max = 0;
        for (String line : metrics.split("\n")) {
            Matcher m = SAMPLE.matcher(line.trim());
            if (!m.matches()) {
                continue;
            }
            double value = Double.parseDouble(m.group(3));
            String labels = m.group(2);
            switch (m.group(1)) {
                case "agora_agent_events_handled_total" -> deliveries += value;
                case "agora_agent_batch_events_count" -> messages += value;
                case "agora_agent_batch_events_sum" -> events += value;
                case "agora_agent_batch_events_max" -> max = Math.max(max, value);
                case "agora_agent_batch_events" -> {
                    if (labels.contains("quantile=\"0.5\"")) {
                        p50 = Math.max(p50, value);
                    } else if (labels.contains("quantile=\"0.99\"")) {
                        p99 = Math.max(p99, value);
                    }
                }
                default -> {
                }
            }
        }
        return new Snapshot(commits, statements, (long) deliveries, (long) messages, events, p50, p99, max);
    }

    /**
     * Batch quantiles are the largest agent's, from the server's recent-window histogram at the end of the level;
     * the other figures are differences.
     */
    static PerOrder perOrder(Snapshot before, Snapshot after, long orders) {
        if (before == null || after == null || orders <= 0) {
            return null;
        }
        double n = orders;
        long messages = after.messages() - before.messages();
        return new PerOrder((after.commits() - before.commits()) / n,
                before.statements() < 0 ? -1 : (after.statements() - before.statements()) / n,
                (after.deliveries() - before.deliveries()) / n, messages / n,
                messages == 0 ? 0 : (after.batchEvents() - before.batchEvents()) / messages,
                after.batchP50(), after.batchP99(), after.batchMax());
    }

    static String format(double value) {
        return value < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", value);
    }

    private long single(String sql) {
        try (PreparedStatement statement = database.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            return 0;
        }
    }
}
