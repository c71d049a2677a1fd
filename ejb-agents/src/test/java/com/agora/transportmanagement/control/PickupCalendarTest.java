package com.agora.transportmanagement.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PickupCalendarTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 20);

    @Test
    void aParcelJoinsTodaysPickupWhileTheDriverHasNotCome() {
        assertEquals(TODAY, PickupCalendar.pickupDay(TODAY, Set.of()));
        assertEquals(TODAY, PickupCalendar.pickupDay(TODAY, Set.of(TODAY.minusDays(1))));
    }

    @Test
    void afterTheDriverLeftItWaitsForTheNextOpenDay() {
        assertEquals(TODAY.plusDays(2), PickupCalendar.pickupDay(TODAY, Set.of(TODAY, TODAY.plusDays(1))));
    }
}
