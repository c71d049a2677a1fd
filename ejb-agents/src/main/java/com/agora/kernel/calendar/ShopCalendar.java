package com.agora.kernel.calendar;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The shop's days: which day "today" is and when it began, in the shop's time zone
 * ({@code agora.shop.time-zone}, UTC unless set), the same zone the console and the API's date filters use. A
 * pickup day, a warehouse's load of the day and an invoice's date are days of the shop: counted in UTC, a shop on
 * the American west coast would start tomorrow's pickups at four in the afternoon.
 */
@ApplicationScoped
public class ShopCalendar {

    private static final Logger LOG = Logger.getLogger(ShopCalendar.class.getName());

    @Inject
    @ConfigProperty(name = "agora.shop.time-zone", defaultValue = "UTC")
    String timeZone;

    private Clock clock;

    /** For the container. */
    public ShopCalendar() {
    }

    private ShopCalendar(Clock clock) {
        this.clock = clock;
    }

    /** A calendar on a given clock, whose zone is the shop's: for tests without a server. */
    public static ShopCalendar on(Clock clock) {
        return new ShopCalendar(clock);
    }

    /**
     * Reads the zone when the application starts rather than on first use, so a mistyped zone stops the
     * deployment instead of failing the first event that asks for a day.
     */
    void readAtStartup(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        zone();
    }

    @PostConstruct
    void readZone() {
        try {
            clock = Clock.system(ZoneId.of(timeZone.strip()));
        } catch (DateTimeException e) {
            String problem = "agora.shop.time-zone is \"" + timeZone
                    + "\", which is no time zone (an IANA name such as Europe/Paris, or UTC): " + e.getMessage();
            // The container reports only that this method failed, so the reason is logged here for the operator.
            LOG.severe(problem);
            throw new IllegalStateException(problem, e);
        }
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** When today began in the shop's zone. */
    public Instant startOfToday() {
        return today().atStartOfDay(zone()).toInstant();
    }
}
