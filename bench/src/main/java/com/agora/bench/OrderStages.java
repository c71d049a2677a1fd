package com.agora.bench;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Set;

/**
 * Where one order stands on its way from placement to "shipped with invoice", read from its JSON view. Each stage
 * has the moment the server recorded for it: the reservation is the Inventory agent's {@code StockReserved}
 * timeline entry (confirmedAt means the payment was authorized), the invoice is the Document Generation agent's
 * {@code DocumentGenerated} entry whose detail starts with "invoice".
 */
record OrderStages(long id, String status, int timelineSize, Instant createdAt, Instant reservedAt,
        Instant confirmedAt, Instant shippedAt, Instant invoicedAt, Instant failedAt, String failure) {

    /** Statuses that end an order without shipping it; {@code refunded} follows a delivery and is not one. */
    static final Set<String> FAILED = Set.of("rejected", "payment_failed", "cancelled");

    /** The stages measured, in the order an order passes them. */
    enum Stage {
        RESERVED("reserved"), CONFIRMED("confirmed"), SHIPPED("shipped"), INVOICED("invoiced"),
        DONE("shipped with invoice");

        final String label;

        Stage(String label) {
            this.label = label;
        }
    }

    static OrderStages of(JsonObject order) {
        Instant reserved = null;
        Instant invoiced = null;
        Instant unavailable = null;
        int entries = 0;
        if (order.containsKey("timeline") && !order.isNull("timeline")) {
            for (JsonValue value : order.getJsonArray("timeline")) {
                entries++;
                JsonObject entry = value.asJsonObject();
                String type = entry.getString("eventType", "");
                Instant at = Api.instant(entry, "occurredAt");
                // The first of each: a replayed step adds an entry but did not move the order again.
                if (reserved == null && "StockReserved".equals(type)) {
                    reserved = at;
                } else if (invoiced == null && "DocumentGenerated".equals(type)
                        && entry.getString("detail", "").startsWith("invoice")) {
                    invoiced = at;
                } else if (unavailable == null && "StockUnavailable".equals(type)) {
                    unavailable = at;
                }
            }
        }
        String status = order.getString("status", "?");
        Instant failedAt = null;
        String failure = null;
        if (FAILED.contains(status)) {
            // A rejection for lack of stock sets no cancelledAt; its moment is Inventory's StockUnavailable entry.
            failedAt = Api.instant(order, "cancelledAt") != null ? Api.instant(order, "cancelledAt") : unavailable;
            failure = status.equals("rejected") && unavailable != null ? "rejected (stock)" : status;
        }
        return new OrderStages(order.getJsonNumber("id").longValue(), status, entries, Api.instant(order, "createdAt"),
                reserved, Api.instant(order, "confirmedAt"), Api.instant(order, "shippedAt"), invoiced, failedAt,
                failure);
    }

    /** The moment the order reached the stage, or null while it has not. */
    Instant at(Stage stage) {
        return switch (stage) {
            case RESERVED -> reservedAt;
            case CONFIRMED -> confirmedAt;
            case SHIPPED -> shippedAt;
            case INVOICED -> invoicedAt;
            case DONE -> shippedAt == null || invoicedAt == null ? null
                    : shippedAt.isAfter(invoicedAt) ? shippedAt : invoicedAt;
        };
    }

    boolean done() {
        return at(Stage.DONE) != null;
    }

    boolean failed() {
        return failure != null;
    }

    boolean pending() {
        return "pending".equals(status);
    }

    /** Nothing more will happen to it that the run waits for. */
    boolean settled() {
        return done() || failed();
    }

    /** The latest moment anything measured happened to the order. */
    Instant lastStep() {
        Instant last = failedAt;
        for (Stage stage : Stage.values()) {
            Instant at = at(stage);
            if (at != null && (last == null || at.isAfter(last))) {
                last = at;
            }
        }
        return last;
    }

    /** Changes whenever the order moves: a new status or a new timeline entry. */
    String progressMark() {
        return status + "/" + timelineSize;
    }
}
