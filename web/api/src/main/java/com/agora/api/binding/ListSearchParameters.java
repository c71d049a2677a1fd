package com.agora.api.binding;

import com.agora.kernel.calendar.ShopCalendar;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.error.DomainProblem.FieldError;
import com.agora.kernel.paging.ListSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The search a list endpoint takes beside its own filters, the same as the console's lists: {@code q}, a piece of an
 * order number, of a customer's name or e-mail, or of a number of the list's own, and {@code from} and
 * {@code until}, whole days (ISO dates, both inclusive) in the shop's time zone ({@code agora.shop.time-zone}, the
 * console's setting). A value that is not what it should be is refused with a 400 problem naming the parameter.
 */
@ApplicationScoped
public class ListSearchParameters {

    /** Longer than any order number, name or e-mail a search could be a piece of. */
    static final int MAX_TEXT = 200;

    /** PostgreSQL's timestamps end in the year 294276; four-digit years keep every day of a search within them. */
    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    @Inject
    ShopCalendar calendar;

    public ListSearch search(String q, String from, String until) {
        List<FieldError> errors = new ArrayList<>();
        if (q != null && q.length() > MAX_TEXT) {
            errors.add(new FieldError("q", "must be at most " + MAX_TEXT + " characters"));
        }
        LocalDate first = day("from", from, errors);
        LocalDate last = day("until", until, errors);
        if (first != null && last != null && last.isBefore(first)) {
            errors.add(new FieldError("until", "must not be before from"));
        }
        if (!errors.isEmpty()) {
            throw DomainProblem.invalid(errors);
        }
        return ListSearch.ofDays(q, first, last, calendar.zone());
    }

    private static LocalDate day(String parameter, String value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value);
            if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
                errors.add(new FieldError(parameter, "must lie between " + FIRST_DAY + " and " + LAST_DAY));
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(parameter, "must be a date such as 2026-12-03 (ISO 8601, yyyy-MM-dd)"));
            return null;
        }
    }
}
