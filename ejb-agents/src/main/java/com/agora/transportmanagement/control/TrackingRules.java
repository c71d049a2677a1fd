package com.agora.transportmanagement.control;

import com.agora.kernel.error.Codes;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.lifecycle.StatusMachine;
import com.agora.transportmanagement.entity.TrackingStatus;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What a carrier may report about a parcel, and when. */
public final class TrackingRules {

    /** A report is kept as the carrier made it: a later report is a record of its own, never a change to this one. */
    public static final StatusMachine<TrackingStatus> REPORT = StatusMachine.of(TrackingStatus.class, "tracking report")
            .starting(TrackingStatus.IN_TRANSIT, TrackingStatus.DELIVERED, TrackingStatus.EXCEPTION)
            .finalStatuses(TrackingStatus.IN_TRANSIT, TrackingStatus.DELIVERED, TrackingStatus.EXCEPTION)
            .build();

    /** How far ahead of the platform's clock a carrier's timestamp may be before it is taken for a mistake. */
    private static final long CLOCK_SKEW_SECONDS = 300;

    private TrackingRules() {
    }

    /** The reported status; anything but in_transit, delivered or exception is refused. */
    public static TrackingStatus status(String reported) {
        String code = reported == null ? "" : reported.trim();
        return Arrays.stream(TrackingStatus.values()).filter(status -> Codes.code(status).equalsIgnoreCase(code))
                .findFirst().orElseThrow(() -> DomainProblem.invalid("status", "must be one of "
                        + Arrays.stream(TrackingStatus.values()).map(Codes::code).collect(Collectors.joining(", "))));
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
