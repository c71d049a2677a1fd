package com.agora.console.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.agora.kernel.paging.ListSearch;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ListFilterTest {

    @Test
    void thePeriodRunsFromTheFirstDaysMidnightToTheMidnightAfterTheLastDayInTheShopsZone() {
        ListFilter filter = new ListFilter("orders:table");
        filter.setText("AG-0001");
        filter.setFrom(LocalDate.of(2026, 3, 28));
        filter.setUntil(LocalDate.of(2026, 3, 29));

        assertEquals(new ListSearch("AG-0001", Instant.parse("2026-03-27T23:00:00Z"),
                Instant.parse("2026-03-29T22:00:00Z")), filter.search(ZoneId.of("Europe/Berlin")));
    }

    @Test
    void anOpenEndLeavesThePeriodOpenOnThatSide() {
        ListFilter filter = new ListFilter("orders:table");
        filter.setUntil(LocalDate.of(2026, 1, 5));

        assertEquals(new ListSearch(null, null, Instant.parse("2026-01-06T00:00:00Z")),
                filter.search(ZoneId.of("UTC")));
    }
}
