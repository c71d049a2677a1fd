package com.agora.console.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import com.agora.kernel.error.Codes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How a status reads on every page: its words, and its colour (a {@code status-*} class of console.css) - green
 * when things went well, blue while under way, amber while waiting, red when refused or undone, grey when idle.
 */
@Named("tags")
@ApplicationScoped
public class StatusTags {

    private static final Map<String, String> SEVERITIES = Map.ofEntries(
            Map.entry("ready", "success"),
            Map.entry("active", "success"),
            Map.entry("confirmed", "success"),
            Map.entry("delivered", "success"),
            Map.entry("paid", "success"),
            Map.entry("fulfilled", "success"),
            Map.entry("replayed", "success"),
            Map.entry("collected", "success"),
            Map.entry("sent", "success"),
            Map.entry("completed", "success"),
            Map.entry("success", "success"),
            Map.entry("shipped", "info"),
            Map.entry("reserved", "info"),
            Map.entry("in_transit", "info"),
            Map.entry("created", "info"),
            Map.entry("under_review", "warning"),
            Map.entry("exception", "danger"),
            Map.entry("payment_failed", "danger"),
            Map.entry("voided", "secondary"),
            Map.entry("processing", "info"),
            Map.entry("authorized", "info"),
            Map.entry("draft", "info"),
            Map.entry("approved", "info"),
            Map.entry("received", "info"),
            Map.entry("inspected", "info"),
            Map.entry("pending", "warning"),
            Map.entry("requested", "warning"),
            Map.entry("degraded", "warning"),
            Map.entry("parked", "warning"),
            Map.entry("scheduled", "warning"),
            Map.entry("out_of_stock", "warning"),
            Map.entry("partially_fulfilled", "warning"),
            Map.entry("partially_refunded", "warning"),
            Map.entry("rejected", "danger"),
            Map.entry("cancelled", "danger"),
            Map.entry("failed", "danger"),
            Map.entry("refund_failed", "danger"),
            Map.entry("refunded", "danger"));

    public String severity(Object status) {
        return status == null ? "secondary" : SEVERITIES.getOrDefault(status.toString(), "secondary");
    }

    /**
     * Every code of a status enum, in its declared order: filters offer exactly what the platform can store, so a
     * status added to the enum shows up in the filter without touching the page.
     */
    public static List<String> codesOf(Class<? extends Enum<?>> statuses) {
        return Arrays.stream(statuses.getEnumConstants()).map(Codes::code).toList();
    }

    /** A status code as words: {@code out_of_stock} reads "out of stock". */
    public String label(Object status) {
        return status == null ? "" : status.toString().replace('_', ' ').replace('-', ' ');
    }
}
