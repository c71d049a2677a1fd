package com.agora.console.faces;

import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.kernel.paging.SearchMatches;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces table fed page by page from a boundary, so the database does the paging and sorting and the
 * scoping by caller stays in the boundary. Filters live in the page's own fields, which the source reads.
 */
public class BoundaryDataModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page from the boundary; the sort is the boundary's syntax ({@code name}, {@code -price}) or null. */
    @FunctionalInterface
    public interface Source<T> extends Serializable {
        Page<T> fetch(PageRequest page, String sort);
    }

    /** What tells rows apart, so the table finds a row again, e.g. to expand it. */
    @FunctionalInterface
    public interface RowKey<T> extends Serializable {
        Object of(T row);
    }

    private final Source<T> source;
    private final RowKey<T> key;
    private boolean searchCapped;

    public BoundaryDataModel(Source<T> source, RowKey<T> key) {
        this.source = source;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.fetch(new PageRequest(1, 1), null).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
        String sort = sort(sortBy);
        Page<T> page = source.fetch(new PageRequest(first / size + 1, size), sort);
        // The total may have moved since count(); the paginator follows what this page says.
        setRowCount((int) page.total());
        searchCapped = page.searchCapped();
        int skip = first % size;
        if (skip == 0) {
            return page.items();
        }
        // The CSV export asks from wherever its last batch ended: the rows run on into the boundary's next page.
        List<T> rows = new ArrayList<>(page.items().subList(Math.min(skip, page.items().size()),
                page.items().size()));
        if (page.items().size() == size) {
            List<T> next = source.fetch(new PageRequest(first / size + 2, size), sort).items();
            rows.addAll(next.subList(0, Math.min(skip, next.size())));
        }
        return rows;
    }

    /** Whether the rows last loaded cover only the most recent matches of a search text that matched too many. */
    public boolean isSearchCapped() {
        return searchCapped;
    }

    /** How many matches of another agent a search follows before it is capped. */
    public int getSearchLimit() {
        return SearchMatches.LIMIT;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        return rows == null ? null
                : rows.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }

    /** After a filter changed, the table shows its first page again; its sort order stays as the user chose it. */
    public static void backToFirstPage(String tableClientId) {
        ((DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(tableClientId)).setFirst(0);
    }

    private static String sort(Map<String, SortMeta> sortBy) {
        return sortBy.values().stream()
                .filter(meta -> meta.getOrder() != SortOrder.UNSORTED && meta.getField() != null)
                .sorted()
                .findFirst()
                .map(meta -> (meta.getOrder() == SortOrder.DESCENDING ? "-" : "") + meta.getField())
                .orElse(null);
    }
}
