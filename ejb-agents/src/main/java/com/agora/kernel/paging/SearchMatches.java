package com.agora.kernel.paging;

import java.util.List;

/**
 * The records of another agent that a search text matches, as that agent's Facts bean answers: their ids, the most
 * recent first, at most {@link #LIMIT} of them. A list then keeps its own rows that belong to one of these ids, so
 * no agent reads another's tables to search.
 *
 * <p>The bound keeps the list's query small: its rows are filtered with one bind parameter per id, and a one-letter
 * search would otherwise hand over every order of the shop. When more matched, {@code capped} says so, the list holds
 * the rows of the most recent matches only, and the console asks the person to narrow the search.
 */
public record SearchMatches(List<Long> ids, boolean capped) {

    /** How many matches a search follows; 200 orders fill ten pages of any list that hangs off an order. */
    public static final int LIMIT = 200;

    public static final SearchMatches NONE = new SearchMatches(List.of(), false);

    public SearchMatches {
        ids = List.copyOf(ids);
    }

    /**
     * The answer to a query that asked for up to {@code LIMIT + 1} ids, the most recent first: the extra one only
     * tells that there were more.
     */
    public static SearchMatches of(List<Long> upToOneMoreThanTheLimit) {
        boolean capped = upToOneMoreThanTheLimit.size() > LIMIT;
        return new SearchMatches(capped ? upToOneMoreThanTheLimit.subList(0, LIMIT) : upToOneMoreThanTheLimit,
                capped);
    }
}
