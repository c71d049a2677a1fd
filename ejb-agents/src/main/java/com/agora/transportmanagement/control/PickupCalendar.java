package com.agora.transportmanagement.control;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which day's pickup a ready parcel joins: the earliest day from today whose pickup the carrier has not collected
 * yet, so a parcel packed after the driver left waits for tomorrow's.
 */
public final class PickupCalendar {

    private PickupCalendar() {
    }

    public static LocalDate pickupDay(LocalDate today, Set<LocalDate> collectedDays) {
        LocalDate day = today;
        while (collectedDays.contains(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
