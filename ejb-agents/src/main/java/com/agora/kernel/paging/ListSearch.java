package com.agora.kernel.paging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * What a person narrows a console list by, whatever the list holds: a piece of text (an order number, a customer's
 * name or e-mail, or a number of the list's own such as a return or tracking number) and a period, {@code from}
 * inclusive and {@code before} exclusive. Every part is optional; {@link FilteredQuery#narrowedBy} applies it, with
 * the ids the owning agents' Facts beans found for the text ({@link SearchMatches}).
 */
public record ListSearch(String text, Instant from, Instant before) {

    public static final ListSearch EVERYTHING = new ListSearch(null, null, null);

    /**
     * A search over whole days of the shop's time zone, both inclusive, as people pick them: from the start of the
     * first day to the start of the day after the last. Either day may be missing.
     */
    public static ListSearch ofDays(String text, LocalDate from, LocalDate until, ZoneId zone) {
        return new ListSearch(text, startOf(from, zone), startOf(until == null ? null : until.plusDays(1), zone));
    }

    private static Instant startOf(LocalDate day, ZoneId zone) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** The text as a case-insensitive JPQL {@code like} pattern: found anywhere in the value. */
    public String pattern() {
        return "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
    }
}
