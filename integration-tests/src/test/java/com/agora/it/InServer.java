package com.agora.it;

import java.net.URL;
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
}
