package com.agora.console.faces;

import com.agora.kernel.paging.ListSearch;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What a person types and picks above a console list (the toolbar {@code /WEB-INF/includes/list-toolbar.xhtml}):
 * a piece of text and a period of whole days in the shop's time zone. A page keeps one beside its own filters (a
 * status, a type); the table and its CSV export read them together, so the file holds what the page shows.
 */
public class ListFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String tableClientId;
    private String text;
    private LocalDate from;
    private LocalDate until;

    public ListFilter(String tableClientId) {
        this.tableClientId = tableClientId;
    }

    /** Any filter of the page changed: the table starts again at its first page. */
    public void changed() {
        BoundaryDataModel.backToFirstPage(tableClientId);
    }

    /** The search as the boundaries take it: whole days of the shop's time zone. */
    public ListSearch search(ZoneId zone) {
        return ListSearch.ofDays(text, from, until, zone);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
