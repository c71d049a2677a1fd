package com.agora.kernel.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ShopCalendarTest {

    /** 01:30 in UTC on the 4th is still the evening of the 3rd in Los Angeles. */
    private static final Instant EARLY_UTC = Instant.parse("2026-12-04T01:30:00Z");

    @Test
    void todayIsTheShopsDayNotUtcs() {
        ShopCalendar westCoast = ShopCalendar.on(Clock.fixed(EARLY_UTC, ZoneId.of("America/Los_Angeles")));
        ShopCalendar utc = ShopCalendar.on(Clock.fixed(EARLY_UTC, ZoneId.of("UTC")));

        assertEquals(LocalDate.of(2026, 12, 3), westCoast.today());
        assertEquals(LocalDate.of(2026, 12, 4), utc.today());
        assertEquals(Instant.parse("2026-12-03T08:00:00Z"), westCoast.startOfToday());
        assertEquals(Instant.parse("2026-12-04T00:00:00Z"), utc.startOfToday());
    }

    @Test
    void aMistypedZoneStopsTheDeploymentWithItsName() {
        ShopCalendar calendar = new ShopCalendar();
        calendar.timeZone = "Europe/Pariss";

        IllegalStateException refused = assertThrows(IllegalStateException.class, calendar::readZone);
        assertTrue(refused.getMessage().contains("\"Europe/Pariss\""), refused.getMessage());
    }

    @Test
    void theConfiguredZoneIsRead() {
        ShopCalendar calendar = new ShopCalendar();
        calendar.timeZone = " Europe/Paris ";
        calendar.readZone();

        assertEquals(ZoneId.of("Europe/Paris"), calendar.zone());
    }
}
