package com.agora.merchant.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * The merchants' business names as read in the last minute. Every order placed copies its merchant's name, and a
 * name changes seldom: reading it once a minute per merchant instead of once per order saves the placement a round
 * trip to the database. A renamed merchant's new orders carry the old name for up to a minute; a merchant that does
 * not exist is not remembered.
 */
@ApplicationScoped
public class BusinessNames {

    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final Map<Long, Remembered> names = new ConcurrentHashMap<>();
    private final Supplier<Instant> clock;

    public BusinessNames() {
        this(Instant::now);
    }

    BusinessNames(Supplier<Instant> clock) {
        this.clock = clock;
    }

    /** The merchant's name, from {@code read} when it was not read in the last minute. */
    public Optional<String> of(long merchantId, LongFunction<Optional<String>> read) {
        Instant now = clock.get();
        Remembered known = names.get(merchantId);
        if (known != null && now.isBefore(known.until())) {
            return Optional.of(known.name());
        }
        Optional<String> name = read.apply(merchantId);
        name.ifPresentOrElse(n -> names.put(merchantId, new Remembered(n, now.plus(FRESH_FOR))),
                () -> names.remove(merchantId));
        return name;
    }

    private record Remembered(String name, Instant until) {
    }
}
