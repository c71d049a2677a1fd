package com.agora.api.problem;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A fault of ours: its stack trace goes to the server log once, under an id the client can quote to support. */
final class Incidents {

    private static final Logger LOG = Logger.getLogger(Incidents.class.getName());

    private Incidents() {
    }

    static Problem report(Throwable failure) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, failure);
        return new Problem("about:blank", "Internal error", 500,
                "Something went wrong on our side; quote incident " + incident + " to support", null, null);
    }
}
