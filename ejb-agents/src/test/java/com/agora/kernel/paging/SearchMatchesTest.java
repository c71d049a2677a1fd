package com.agora.kernel.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SearchMatchesTest {

    @Test
    void theLimitItselfIsNotCapped() {
        SearchMatches matches = SearchMatches.of(newestFirst(SearchMatches.LIMIT));

        assertEquals(SearchMatches.LIMIT, matches.ids().size());
        assertFalse(matches.capped());
    }

    @Test
    void oneMoreThanTheLimitKeepsTheMostRecentAndSaysSo() {
        List<Long> found = newestFirst(SearchMatches.LIMIT + 1);

        SearchMatches matches = SearchMatches.of(found);

        assertEquals(found.subList(0, SearchMatches.LIMIT), matches.ids());
        assertTrue(matches.capped());
    }

    private static List<Long> newestFirst(int count) {
        return LongStream.iterate(10_000, id -> id - 1).limit(count).boxed().toList();
    }
}
