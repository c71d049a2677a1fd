package com.agora.bench;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the placing half of the crash test hands to the verifying half across the server restart: the books as
 * they were before the first order, every request with what became of it, and the moment of the kill.
 */
final class CrashState {

    /** How a placement ended before the restart. */
    enum Outcome {
        /** HTTP 201 with the order's id. */
        ACCEPTED,
        /** Sent, but the server died (or answered with an error) before a 201 arrived: the order may exist. */
        ANSWER_LOST,
        /** Never sent, or refused before reaching the application: the server was already gone. */
        NOT_SENT
    }

    static final class Placement {
        final String key;
        final String body;
        volatile Outcome outcome = Outcome.NOT_SENT;
        volatile long orderId;
        volatile String error;
        /** The order the same key named when sent again after the restart. */
        volatile long retriedAs;

        Placement(String key, String body) {
            this.key = key;
            this.body = body;
        }
    }

    /** One stock row before the run; drift is reserved_quantity minus its open reservations (normally 0). */
    record StockRow(long inventoryId, int quantity, int reserved, int drift) {
    }

    /** The newest ids of the tables the checks compare against, as of the snapshot. */
    record Snapshot(Instant takenAt, long lastOrderId, long lastAdjustmentId, long lastDeadLetterId,
            Map<Long, StockRow> stock) {
    }

    final String runId;
    final Snapshot snapshot;
    final List<Placement> placements;
    Instant killedAt;
    long serverPid;
    int acceptedAtKill;
    Map<String, Long> statusAtKill = new LinkedHashMap<>();
    /** Broker transactions already in doubt before the run (an earlier crash), by transaction id. */
    List<String> inDoubtBefore = new ArrayList<>();

    CrashState(String runId, Snapshot snapshot, List<Placement> placements) {
        this.runId = runId;
        this.snapshot = snapshot;
        this.placements = placements;
    }

    long count(Outcome outcome) {
        return placements.stream().filter(p -> p.outcome == outcome).count();
    }

    void write(Path file) throws IOException {
        JsonArrayBuilder stock = Api.JSON.createArrayBuilder();
        snapshot.stock().values().forEach(r -> stock.add(Api.JSON.createArrayBuilder()
                .add(r.inventoryId()).add(r.quantity()).add(r.reserved()).add(r.drift())));
        JsonArrayBuilder sent = Api.JSON.createArrayBuilder();
        for (Placement p : placements) {
            JsonObjectBuilder item = Api.JSON.createObjectBuilder().add("key", p.key).add("body", p.body)
                    .add("outcome", p.outcome.name()).add("orderId", p.orderId);
            if (p.error != null) {
                item.add("error", p.error);
            }
            sent.add(item);
        }
        JsonObjectBuilder atKill = Api.JSON.createObjectBuilder();
        statusAtKill.forEach(atKill::add);
        JsonObject doc = Api.JSON.createObjectBuilder()
                .add("runId", runId)
                .add("snapshotAt", snapshot.takenAt().toString())
                .add("lastOrderId", snapshot.lastOrderId())
                .add("lastAdjustmentId", snapshot.lastAdjustmentId())
                .add("lastDeadLetterId", snapshot.lastDeadLetterId())
                .add("stock", stock)
                .add("placements", sent)
                .add("killedAt", killedAt == null ? "" : killedAt.toString())
                .add("serverPid", serverPid)
                .add("acceptedAtKill", acceptedAtKill)
                .add("statusAtKill", atKill)
                .add("inDoubtBefore", Api.JSON.createArrayBuilder(inDoubtBefore))
                .build();
        Files.writeString(file, doc.toString(), StandardCharsets.UTF_8);
    }

    static CrashState read(Path file) throws IOException {
        JsonObject doc = (JsonObject) Api.parse(Files.readString(file, StandardCharsets.UTF_8));
        Map<Long, StockRow> stock = new LinkedHashMap<>();
        for (JsonValue value : doc.getJsonArray("stock")) {
            var row = value.asJsonArray();
            stock.put(row.getJsonNumber(0).longValue(), new StockRow(row.getJsonNumber(0).longValue(), row.getInt(1),
                    row.getInt(2), row.getInt(3)));
        }
        Snapshot snapshot = new Snapshot(Instant.parse(doc.getString("snapshotAt")),
                doc.getJsonNumber("lastOrderId").longValue(), doc.getJsonNumber("lastAdjustmentId").longValue(),
                doc.getJsonNumber("lastDeadLetterId").longValue(), stock);
        List<Placement> placements = new ArrayList<>();
        for (JsonValue value : doc.getJsonArray("placements")) {
            JsonObject item = value.asJsonObject();
            Placement p = new Placement(item.getString("key"), item.getString("body"));
            p.outcome = Outcome.valueOf(item.getString("outcome"));
            p.orderId = item.getJsonNumber("orderId").longValue();
            p.error = item.getString("error", null);
            placements.add(p);
        }
        CrashState state = new CrashState(doc.getString("runId"), snapshot, placements);
        String killed = doc.getString("killedAt", "");
        state.killedAt = killed.isEmpty() ? null : Instant.parse(killed);
        state.serverPid = doc.getJsonNumber("serverPid").longValue();
        state.acceptedAtKill = doc.getInt("acceptedAtKill");
        doc.getJsonObject("statusAtKill").forEach((status, n) ->
                state.statusAtKill.put(status, ((jakarta.json.JsonNumber) n).longValue()));
        doc.getJsonArray("inDoubtBefore").getValuesAs(jakarta.json.JsonString.class)
                .forEach(id -> state.inDoubtBefore.add(id.getString()));
        return state;
    }
}
