package com.agora.bench;

import com.agora.bench.Api.Reply;
import com.agora.bench.Api.Session;
import com.agora.bench.LoadPhase.Errors;
import com.agora.bench.OrderStages.Stage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Finds out what became of the orders a phase placed, after the phase: polling during the phase would add reads
 * to the very load being measured. The orders are read until each is shipped with its invoice or has failed, the
 * drain deadline passes, or nothing moved for the stall time (today an order may wait for an agent that is not
 * deployed yet). Every time comes from the server's own timestamps, so client-side queuing does not enter it.
 */
final class Settlement {

    /** Orders per stage, its latencies from placement and how many reached it within the (shifted) window. */
    record StageFigures(long reached, long inWindow, Samples latency) {
    }

    record Result(Map<Stage, StageFigures> stages, long done, Map<String, Long> failed, long pending,
            Map<String, Long> inFlight, boolean stillMoving, double drainSeconds, Errors errors) {

        long failedTotal() {
            return failed.values().stream().mapToLong(Long::longValue).sum();
        }

        long inFlightTotal() {
            return inFlight.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A level's orders followed to their end; reading them all is the second step. */
    record Followed(LoadPhase.Placement placement, long deadline, int stallSeconds) {
    }

    private static final long ROUND_PAUSE_MILLIS = 1_000;
    private static final int MAX_STRIDE = 32;

    private final Api api;
    private final Session session;
    private final int fetchClients;

    Settlement(Api api, Session session, int fetchClients) {
        this.api = api;
        this.session = session;
        this.fetchClients = fetchClients;
    }

    /**
     * The first step: waits until the oldest open order has been followed past the last one. A level's cost is
     * measured up to here, since reading every order in {@link #settle} costs the server as much CPU and as many
     * commits per order as several of its steps.
     */
    Followed follow(LoadPhase.Placement placement, int drainSeconds, int stallSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(drainSeconds);
        followOldestOpen(placement.orderIds(), deadline, stallSeconds);
        return new Followed(placement, deadline, stallSeconds);
    }

    /** The second step: reads the orders until each is settled, the drain deadline passes or they stall. */
    Result settle(Followed followed) throws InterruptedException {
        LoadPhase.Placement placement = followed.placement();
        long deadline = followed.deadline();
        int stallSeconds = followed.stallSeconds();
        long[] ids = placement.orderIds();
        OrderStages[] orders = new OrderStages[ids.length];
        Errors errors = new Errors();
        List<Integer> open = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            open.add(i);
        }
        long lastMove = System.nanoTime();
        boolean moving = false;
        while (!open.isEmpty()) {
            String[] before = new String[ids.length];
            for (int i : open) {
                before[i] = orders[i] == null ? null : orders[i].progressMark();
            }
            fetchAll(ids, open, orders, errors);
            List<Integer> still = new ArrayList<>();
            moving = false;
            for (int i : open) {
                if (orders[i] == null || !orders[i].settled()) {
                    still.add(i);
                }
                if (orders[i] != null && !orders[i].progressMark().equals(before[i])) {
                    moving = true;
                }
            }
            open = still;
            long now = System.nanoTime();
            if (moving) {
                lastMove = now;
            }
            boolean stalled = now - lastMove >= TimeUnit.SECONDS.toNanos(stallSeconds);
            if (open.isEmpty() || now >= deadline || stalled) {
                moving = !open.isEmpty() && !stalled;
                break;
            }
            Thread.sleep(ROUND_PAUSE_MILLIS);
        }
        return summarise(placement, orders, moving, errors);
    }

    /**
     * Waits for the orders to be done before reading them all: reading every open order each second (thousands
     * after a busy level, at several milliseconds of server CPU each) slowed the very drain being measured. The
     * agents handle orders about in the order they came, so one order is watched at a time, the oldest that may
     * still be open: once it is settled the watch moves on, with longer strides while the orders it meets are
     * settled, and back to one at a time when one is not. An order a stride skipped that is still open is found by
     * the full read that follows. About ten reads a second, whatever the backlog.
     */
    private void followOldestOpen(long[] ids, long deadline, int stallSeconds) throws InterruptedException {
        int watched = 0;
        int stride = 1;
        String mark = null;
        long lastMove = System.nanoTime();
        while (watched < ids.length && System.nanoTime() < deadline) {
            OrderStages order = fetch(ids[watched], new Errors());
            if (order != null && order.settled()) {
                watched += stride;
                stride = Math.min(stride * 2, MAX_STRIDE);
                mark = null;
                lastMove = System.nanoTime();
                continue;
            }
            stride = 1;
            String now = order == null ? null : order.progressMark();
            if (!Objects.equals(now, mark)) {
                mark = now;
                lastMove = System.nanoTime();
            } else if (System.nanoTime() - lastMove >= TimeUnit.SECONDS.toNanos(stallSeconds)) {
                return;
            }
            Thread.sleep(100);
        }
    }

    private void fetchAll(long[] ids, List<Integer> indexes, OrderStages[] orders, Errors errors)
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
                    OrderStages read = fetch(ids[i], mine);
                    if (read != null) {
                        orders[i] = read;
                    }
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

    /** The order as it stands, or null when it could not be read (counted in errors). */
    private OrderStages fetch(long id, Errors errors) {
        try {
            Reply reply = api.get("/api/v1/orders/" + id, session.token());
            if (reply.status() != 200) {
                errors.add("reading an order: HTTP " + reply.status(), reply.excerpt());
                return null;
            }
            return OrderStages.of(reply.object());
        } catch (IOException | RuntimeException e) {
            errors.add("reading an order: " + e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * A stage's rate counts the orders that reached it within a window as long as the level's, shifted by the
     * stage's median time from placement: an order placed in the last second of the level ships seconds later,
     * and the unshifted window would charge the pipeline's length against its throughput.
     */
    private static Result summarise(LoadPhase.Placement placement, OrderStages[] orders, boolean moving,
            Errors errors) {
        Map<Stage, Samples> latencies = new EnumMap<>(Stage.class);
        Map<Stage, Long> reached = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            latencies.put(stage, new Samples());
            reached.put(stage, 0L);
        }
        Map<String, Long> failed = new TreeMap<>();
        Map<String, Long> inFlight = new TreeMap<>();
        long done = 0;
        long pending = 0;
        Instant last = null;
        for (OrderStages o : orders) {
            if (o == null) {
                continue;
            }
            for (Stage stage : Stage.values()) {
                Instant at = o.at(stage);
                if (at != null) {
                    reached.merge(stage, 1L, Long::sum);
                    if (o.createdAt() != null) {
                        latencies.get(stage).add(Math.max(0, Duration.between(o.createdAt(), at).toNanos()));
                    }
                }
            }
            if (o.done()) {
                done++;
            } else if (o.failed()) {
                failed.merge(o.failure(), 1L, Long::sum);
            } else {
                inFlight.merge(o.status(), 1L, Long::sum);
                if (o.pending()) {
                    pending++;
                }
            }
            Instant step = o.lastStep();
            if (step != null && (last == null || step.isAfter(last))) {
                last = step;
            }
        }
        Map<Stage, StageFigures> stages = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            Samples latency = latencies.get(stage);
            double median = latency.percentileMillis(50);
            long shift = Double.isNaN(median) ? 0 : (long) (median * 1e6);
            Instant from = placement.windowStart().plusNanos(shift);
            Instant to = placement.windowEnd().plusNanos(shift);
            long inWindow = 0;
            for (OrderStages o : orders) {
                Instant at = o == null ? null : o.at(stage);
                if (at != null && !at.isBefore(from) && !at.isAfter(to)) {
                    inWindow++;
                }
            }
            stages.put(stage, new StageFigures(reached.get(stage), inWindow, latency));
        }
        double drain = last == null || !last.isAfter(placement.windowEnd()) ? 0
                : Duration.between(placement.windowEnd(), last).toNanos() / 1e9;
        return new Result(stages, done, failed, pending, inFlight, moving, drain, errors);
    }
}
