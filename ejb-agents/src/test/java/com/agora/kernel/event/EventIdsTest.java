package com.agora.kernel.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventIdsTest {

    @Test
    void anIdIsAVersion7UuidThatStartsWithItsMillisecond() {
        long millis = 1_796_464_800_123L;
        UUID id = EventIds.at(millis);

        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(millis, id.getMostSignificantBits() >>> 16);
        assertEquals(String.format("%012x", millis), id.toString().replace("-", "").substring(0, 12));
    }

    @Test
    void laterIdsSortAfterEarlierOnesAsPostgreSqlComparesThem() {
        UUID earlier = EventIds.at(1_796_464_800_123L);
        UUID later = EventIds.at(1_796_464_800_124L);

        // PostgreSQL orders uuids by their bytes, as their text sorts.
        assertTrue(earlier.toString().compareTo(later.toString()) < 0, earlier + " " + later);
    }

    @Test
    void idsOfTheSameMillisecondDiffer() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(EventIds.at(1_796_464_800_123L));
        }
        assertEquals(100_000, ids.size());
    }
}
