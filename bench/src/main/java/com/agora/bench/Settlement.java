package com.agora.bench;

import com.agora.bench.Api.Reply;
import com.agora.bench.Api.Session;
import com.agora.bench.LoadPhase.Errors;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Finds out what became of the orders a phase placed, after the phase: polling during the phase would add reads
 * to the very load being measured. Each order is read once (again only while still pending), and the reservation
 * time comes from the server's own createdAt and confirmedAt, so client-side queuing does not enter it.
 */
final class Settlement {

    enum Fate { CONFIRMED, REJECTED, PENDING, OTHER, UNKNOWN }

    record Outcome(Fate fate, Instant createdAt, Instant decidedAt) {
    }

    record Result(long confirmed, long rejected, long pending, long other, long decidedInWindow,
            Samples reserveLatency, double drainSeconds, Errors errors) {
    }

    private final Api api;
    private final Session session;
    private final int fetchClients;

    Settlement(Api api, Session session, int fetchClients) {
        this.api = api;
        this.session = session;
        this.fetchClients = fetchClients;
    }

    Result settle(LoadPhase.Placement placement, int drainSeconds) throws InterruptedException {
        long[] ids = placement.orderIds();
        Outcome[] outcomes = new Outcome[ids.length];
        Errors errors = new Errors();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(drainSeconds);
        if (ids.length > 0) {
            // The newest order is about the last to be reserved: wait on it alone before reading them all.
            long newest = ids[ids.length - 1];
            while (System.nanoTime() < deadline && fetch(newest, new Errors()).fate() == Fate.PENDING) {
                Thread.sleep(100);
            }
        }
        List<Integer> open = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            open.add(i);
        }
        while (!open.isEmpty()) {
            fetchAll(ids, open, outcomes, errors);
            List<Integer> still = new ArrayList<>();
            for (int i : open) {
                if (outcomes[i].fate() == Fate.PENDING) {
                    still.add(i);
                }
            }
            open = still;
            if (open.isEmpty() || System.nanoTime() >= deadline) {
                break;
            }
            Thread.sleep(250);
        }
        return summarise(placement, outcomes, errors);
    }

    private void fetchAll(long[] ids, List<Integer> indexes, Outcome[] outcomes, Errors errors)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        Errors[] perThread = new Errors[Math.min(fetchClients, indexes.size())];
        Thread[] threads = new Thread[perThread.length];
        for (int t = 0; t < threads.length; t++) {
            Errors mine = perThread[t] = new Errors();
            threads[t] = new Thread(() -> {
                int k;
                while ((k = next.getAndIncrement()) < indexes.size()) {
                    int i = indexes.get(k);
                    outcomes[i] = fetch(ids[i], mine);
                }
            }, "settle-" + t);
            threads[t].setDaemon(true);
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        for (Errors mine : perThread) {
            errors.addAll(mine);
        }
    }

    private Outcome fetch(long id, Errors errors) {
        try {
            Reply reply = api.get("/api/v1/orders/" + id, session.token());
            if (reply.status() != 200) {
                errors.add("reading an order: HTTP " + reply.status(), reply.excerpt());
                return new Outcome(Fate.UNKNOWN, null, null);
            }
            return outcome(reply.object());
        } catch (IOException | RuntimeException e) {
            errors.add("reading an order: " + e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
            return new Outcome(Fate.UNKNOWN, null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(Fate.UNKNOWN, null, null);
        }
    }

    /**
     * Confirmed orders carry confirmedAt. A rejection sets no timestamp on the order, so its moment is the
     * Inventory agent's StockUnavailable entry on the timeline.
     */
    static Outcome outcome(JsonObject order) {
        Instant created = Api.instant(order, "createdAt");
        Instant confirmed = Api.instant(order, "confirmedAt");
        if (confirmed != null) {
            return new Outcome(Fate.CONFIRMED, created, confirmed);
        }
        if (order.containsKey("timeline") && !order.isNull("timeline")) {
            for (JsonValue value : order.getJsonArray("timeline")) {
                JsonObject entry = value.asJsonObject();
                if ("StockUnavailable".equals(entry.getString("eventType", ""))) {
                    return new Outcome(Fate.REJECTED, created, Api.instant(entry, "occurredAt"));
                }
            }
        }
        return new Outcome("pending".equals(order.getString("status", "")) ? Fate.PENDING : Fate.OTHER, created, null);
    }

    private static Result summarise(LoadPhase.Placement placement, Outcome[] outcomes, Errors errors) {
        long confirmed = 0;
        long rejected = 0;
        long pending = 0;
        long other = 0;
        long inWindow = 0;
        Instant last = null;
        Samples latency = new Samples();
        for (Outcome o : outcomes) {
            switch (o.fate()) {
                case CONFIRMED -> confirmed++;
                case REJECTED -> rejected++;
                case PENDING -> pending++;
                case OTHER -> other++;
                case UNKNOWN -> {
                }
            }
            if (o.decidedAt() == null) {
                continue;
            }
            if (!o.decidedAt().isBefore(placement.windowStart()) && !o.decidedAt().isAfter(placement.windowEnd())) {
                inWindow++;
            }
            if (o.createdAt() != null) {
                latency.add(Math.max(0, Duration.between(o.createdAt(), o.decidedAt()).toNanos()));
            }
            if (last == null || o.decidedAt().isAfter(last)) {
                last = o.decidedAt();
            }
        }
        double drain = last == null || !last.isAfter(placement.windowEnd()) ? 0
                : Duration.between(placement.windowEnd(), last).toNanos() / 1e9;
        return new Result(confirmed, rejected, pending, other, inWindow, latency, drain, errors);
    }
}
