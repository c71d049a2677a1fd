package com.agora.order.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OrderSearchTest {

    @Test
    void aSortableColumnSortsEitherWayWithTheNewestOrderBreakingTies() {
        assertEquals("o.total asc, o.id desc", OrderSearch.orderBy("total"));
        assertEquals("o.orderNumber desc, o.id desc", OrderSearch.orderBy("-orderNumber"));
    }

    @Test
    void noSortOrAnUnknownColumnKeepsTheNewestFirst() {
        assertEquals("o.createdAt desc, o.id desc", OrderSearch.orderBy(null));
        assertEquals("o.createdAt desc, o.id desc", OrderSearch.orderBy("customerId; drop table orders"));
    }
}
