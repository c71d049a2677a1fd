package com.agora.kernel.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of results with what a client needs to page on: the total and the number of pages. {@code searchCapped}
 * is true when the search text matched more records than a search follows ({@link SearchMatches#LIMIT}): the items
 * and the total then cover the most recent matches only, and the search should be narrowed.
 */
public record Page<T>(List<T> items, int page, int size, long total, long pages, boolean searchCapped) {

    public Page(List<T> items, PageRequest request, long total) {
        this(List.copyOf(items), request.page(), request.size(), total,
                total == 0 ? 0 : (total + request.size() - 1) / request.size(), false);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total, pages, searchCapped);
    }

    public Page<T> withSearchCapped(boolean capped) {
        return new Page<>(items, page, size, total, pages, capped);
    }
}
