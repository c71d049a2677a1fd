package com.agora.transportmanagement.control;

import com.agora.kernel.error.DomainProblem;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** What a carrier may report about a parcel, and when. */
public final class TrackingRules {

    public static final String IN_TRANSIT = "in_transit";
    public static final String DELIVERED = "delivered";
    public static final String EXCEPTION = "exception";

    private static final List<String> STATUSES = List.of(IN_TRANSIT, DELIVERED, EXCEPTION);

    /** How far ahead of the platform's clock a carrier's timestamp may be before it is taken for a mistake. */
    private static final long CLOCK_SKEW_SECONDS = 300;

    private TrackingRules() {
    }

    /** The reported status as its code; anything but in_transit, delivered or exception is refused. */
    public static String status(String reported) {
        String code = reported == null ? "" : reported.trim().toLowerCase(Locale.ROOT);
        if (!STATUSES.contains(code)) {
            throw DomainProblem.invalid("status", "must be one of " + String.join(", ", STATUSES));
        }
        return code;
    }

    /** When it happened: as reported, else now; a report from the future is refused. */
    public static Instant occurredAt(Instant reported, Instant now) {
        if (reported == null) {
            return now;
        }
        if (reported.isAfter(now.plusSeconds(CLOCK_SKEW_SECONDS))) {
            throw DomainProblem.invalid("occurredAt", "lies in the future");
        }
        return reported;
    }

    /** A delivered parcel's story is over: nothing more can happen to it. */
    public static void requireUndelivered(String trackingNumber, boolean delivered) {
        if (delivered) {
            throw DomainProblem.conflict("shipment " + trackingNumber + " has already been delivered");
        }
    }
}
