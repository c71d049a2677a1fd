package com.agora.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform's database read directly, as the application's role: the crash test compares the books of several
 * agents (orders, stock, reservations, money, dead letters), which no single API shows, and it must read them
 * while the application server is down.
 */
final class Books implements AutoCloseable {

    /** One row of a query, by column label. */
    record Row(Map<String, Object> values) {

        long num(String column) {
            Object value = values.get(column);
            return value == null ? 0 : ((Number) value).longValue();
        }

        String text(String column) {
            Object value = values.get(column);
            return value == null ? null : value.toString();
        }

        Instant instant(String column) {
            Object value = values.get(column);
            return value == null ? null : ((java.sql.Timestamp) value).toInstant();
        }

        boolean flag(String column) {
            return Boolean.TRUE.equals(values.get(column));
        }
    }

    private final Connection connection;

    private Books(Connection connection) {
        this.connection = connection;
    }

    static Books open(String url, String user, Path passwordFile) throws IOException, SQLException {
        String password = Files.readString(passwordFile).trim();
        Connection connection = DriverManager.getConnection(url, user, password);
        connection.setReadOnly(true);
        return new Books(connection);
    }

    List<Row> query(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (int c = 1; c <= columns; c++) {
                        values.put(rs.getMetaData().getColumnLabel(c), rs.getObject(c));
                    }
                    rows.add(new Row(values));
                }
                return rows;
            }
        }
    }

    Row one(String sql, Object... parameters) throws SQLException {
        return query(sql, parameters).get(0);
    }

    /** Runs the reads in one repeatable-read transaction, so they all see the same moment. */
    <T> T consistently(SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            return work.run(this);
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        }
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Books books) throws SQLException;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
