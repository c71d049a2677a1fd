package com.agora.it;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/** What a test running inside the server (in the probe application) reaches the platform with. */
final class InServer {

    private InServer() {
    }

    /** Logs in against the server the probe runs in, whose port no system property names there. */
    static ApiClient api(URL probeUrl, String username, String password) {
        return ApiClient.at(probeUrl.getProtocol() + "://" + probeUrl.getHost() + ":" + probeUrl.getPort(), username,
                password);
    }

    /** The platform's own connection pool. */
    static DataSource database() {
        try {
            return (DataSource) new InitialContext().lookup("jdbc/agora");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the query's first row as a number, 0 when it has no row. */
    static long count(String sql, Object... parameters) {
        try (Connection connection = database().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
