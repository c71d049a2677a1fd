package com.agora.console.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class BoundaryDataModelTest {

    record Row(long id, String name) {
    }

    private final List<PageRequest> asked = new ArrayList<>();
    private final List<String> sorts = new ArrayList<>();
    private final BoundaryDataModel<Row> model = new BoundaryDataModel<>((page, sort) -> {
        asked.add(page);
        sorts.add(sort);
        List<Row> rows = List.of(new Row(41, "Lamp"), new Row(42, "Mixer"));
        return new Page<>(rows, page, 57);
    }, Row::id);

    @Test
    void theTablesOffsetBecomesTheBoundarysPageNumber() {
        model.load(40, 20, Map.of(), Map.of());

        assertEquals(new PageRequest(3, 20), asked.get(0));
        assertEquals(57, model.getRowCount());
    }

    @Test
    void anOffsetInsideAPageReadsOnIntoTheNextOne() {
        BoundaryDataModel<Integer> numbers = new BoundaryDataModel<>((page, sort) -> new Page<>(
                java.util.stream.IntStream.range(page.offset(), Math.min(page.offset() + page.size(), 7)).boxed()
                        .toList(), page, 7), n -> n);

        assertEquals(List.of(4, 5, 6), numbers.load(4, 3, Map.of(), Map.of()));
        assertEquals(List.of(), numbers.load(7, 3, Map.of(), Map.of()));
    }

    @Test
    void theSortedColumnIsPassedInTheBoundarysSyntax() {
        model.load(0, 10, Map.of("price", SortMeta.builder().field("price").order(SortOrder.DESCENDING).build()),
                Map.of());
        model.load(0, 10, Map.of("name", SortMeta.builder().field("name").order(SortOrder.ASCENDING).build()),
                Map.of());
        model.load(0, 10, Map.of(), Map.of());

        assertEquals("-price", sorts.get(0));
        assertEquals("name", sorts.get(1));
        assertNull(sorts.get(2));
    }

    @Test
    void countingAsksForTheSmallestPage() {
        assertEquals(57, model.count(Map.of()));
        assertEquals(new PageRequest(1, 1), asked.get(0));
    }

    @Test
    void rowsAreFoundAgainByTheirKey() {
        model.setWrappedData(model.load(0, 20, Map.of(), Map.of()));

        assertEquals("42", model.getRowKey(new Row(42, "Mixer")));
        assertEquals("Mixer", model.getRowData("42").name());
        assertNull(model.getRowData("7"));
    }
}
