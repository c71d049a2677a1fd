package com.agora.console.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Points in time as the console shows them: in UTC, labelled so, because the people looking at a shared platform
 * sit in different time zones; and how long ago, which is what matters for "is this agent alive".
 */
@Named
@ApplicationScoped
public class Moments {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String format(Instant moment) {
        return moment == null ? "–" : FORMAT.format(moment);
    }

    public String ago(Instant moment) {
        if (moment == null) {
            return "never";
        }
        long seconds = Math.max(0, Duration.between(moment, Instant.now()).toSeconds());
        if (seconds < 60) {
            return seconds + " s ago";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min ago";
        }
        if (seconds < 86_400) {
            return seconds / 3600 + " h ago";
        }
        return seconds / 86_400 + " d ago";
    }
}
