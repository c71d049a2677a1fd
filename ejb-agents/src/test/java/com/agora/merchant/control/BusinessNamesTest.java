package com.agora.merchant.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

class BusinessNamesTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-05T10:00:00Z"));
    private final Map<Long, String> database = new HashMap<>(Map.of(7L, "Nordic Home"));
    private final List<Long> reads = new ArrayList<>();
    private final LongFunction<Optional<String>> read = id -> {
        reads.add(id);
        return Optional.ofNullable(database.get(id));
    };
    private final BusinessNames names = new BusinessNames(now::get);

    @Test
    void aNameIsReadOnceAMinute() {
        assertEquals(Optional.of("Nordic Home"), names.of(7, read));
        database.put(7L, "Nordic Home & Garden");
        now.set(now.get().plusSeconds(59));
        assertEquals(Optional.of("Nordic Home"), names.of(7, read));
        assertEquals(List.of(7L), reads);

        now.set(now.get().plusSeconds(1));
        assertEquals(Optional.of("Nordic Home & Garden"), names.of(7, read));
        assertEquals(List.of(7L, 7L), reads);
    }

    @Test
    void aMerchantThatDoesNotExistIsAskedForEveryTime() {
        assertEquals(Optional.empty(), names.of(8, read));
        database.put(8L, "Opened Since");
        assertEquals(Optional.of("Opened Since"), names.of(8, read));
        assertEquals(List.of(8L, 8L), reads);
    }

    @Test
    void aMerchantThatWentAwayIsForgotten() {
        names.of(7, read);
        database.remove(7L);
        now.set(now.get().plus(BusinessNames.FRESH_FOR));
        assertEquals(Optional.empty(), names.of(7, read));
        database.put(7L, "Back Again");
        assertEquals(Optional.of("Back Again"), names.of(7, read));
    }
}
