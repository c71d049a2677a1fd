package com.agora.console.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Points in time as the console shows them: in the shop's time zone ({@code agora.shop.time-zone}), labelled with
 * it, because the people looking at a shared platform sit in different time zones; and how long ago, which is what
 * matters for "is this agent alive" and for anything that happened today.
 */
@Named
@ApplicationScoped
public class Moments {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    @Inject
    ShopSettings shop;

    public String format(Instant moment) {
        return moment == null ? "–" : FORMAT.format(moment.atZone(shop.zone()));
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
