package com.agora.bench;

import com.agora.bench.Api.Reply;
import com.agora.bench.Api.Session;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * One fixed-duration phase of closed-loop clients: each places an order, waits for the answer, and places the
 * next, so the offered load adapts to the platform and the concurrency level is the only knob.
 */
final class LoadPhase {

    /** What the clients saw; the orders' fate is settled afterwards from the server's own timestamps. */
    record Placement(int clients, Instant windowStart, Instant windowEnd, double windowSeconds, long acceptedInWindow,
            Samples latency, long[] orderIds, Errors errors) {

        double acceptedPerSecond() {
            return acceptedInWindow / windowSeconds;
        }
    }

    /** Failures by kind, with the first answer of each kind kept as an example. */
    static final class Errors {

        private final Map<String, Long> counts = new LinkedHashMap<>();
        private final Map<String, String> examples = new LinkedHashMap<>();

        void add(String kind, String example) {
            counts.merge(kind, 1L, Long::sum);
            examples.putIfAbsent(kind, example);
        }

        void addAll(Errors other) {
            other.counts.forEach((kind, n) -> counts.merge(kind, n, Long::sum));
            other.examples.forEach(examples::putIfAbsent);
        }

        long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        Map<String, Long> counts() {
            return counts;
        }

        String example(String kind) {
            return examples.get(kind);
        }
    }

    private final Api api;
    private final Session session;
    private final Catalog catalog;
    private final boolean idempotencyKeys;
    private final long requestTimeoutMillis;

    LoadPhase(Api api, Session session, Catalog catalog, Options options) {
        this.api = api;
        this.session = session;
        this.catalog = catalog;
        this.idempotencyKeys = options.idempotencyKeys;
        this.requestTimeoutMillis = options.requestTimeout.toMillis();
    }

    Placement run(int clients, int seconds, String keyPrefix, long seed) throws InterruptedException {
        Client[] workers = new Client[clients];
        Thread[] threads = new Thread[clients];
        long start = System.nanoTime();
        Instant windowStart = Instant.now();
        long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
        for (int i = 0; i < clients; i++) {
            workers[i] = new Client(deadline, keyPrefix + "-" + i, new SplittableRandom(seed + 7919L * i));
            threads[i] = new Thread(workers[i], "client-" + i);
            threads[i].setDaemon(true);
            threads[i].start();
        }
        // An answer can take at most the request timeout; past that a client is stuck and is interrupted.
        long joinBy = deadline + TimeUnit.MILLISECONDS.toNanos(requestTimeoutMillis + 10_000);
        for (Thread thread : threads) {
            long left = joinBy - System.nanoTime();
            if (left > 0) {
                TimeUnit.NANOSECONDS.timedJoin(thread, left);
            }
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(5_000);
            }
        }
        Samples latency = new Samples();
        Errors errors = new Errors();
        long inWindow = 0;
        int idCount = 0;
        for (Client worker : workers) {
            latency.addAll(worker.latency);
            errors.addAll(worker.errors);
            inWindow += worker.acceptedInWindow;
            idCount += worker.idCount;
        }
        long[] ids = new long[idCount];
        int at = 0;
        for (Client worker : workers) {
            System.arraycopy(worker.ids, 0, ids, at, worker.idCount);
            at += worker.idCount;
        }
        Arrays.sort(ids);
        Instant windowEnd = windowStart.plusNanos(deadline - start);
        return new Placement(clients, windowStart, windowEnd, seconds, inWindow, latency, ids, errors);
    }

    private final class Client implements Runnable {

        private final long deadline;
        private final String keyPrefix;
        private final SplittableRandom random;
        final Samples latency = new Samples();
        final Errors errors = new Errors();
        long acceptedInWindow;
        long[] ids = new long[256];
        int idCount;

        Client(long deadline, String keyPrefix, SplittableRandom random) {
            this.deadline = deadline;
            this.keyPrefix = keyPrefix;
            this.random = random;
        }

        @Override
        public void run() {
            long sequence = 0;
            while (System.nanoTime() < deadline) {
                String body = catalog.randomOrder(random);
                // Keys are unique per run, so a retry of this run could reuse them but no two orders ever collide.
                String key = idempotencyKeys ? keyPrefix + "-" + sequence++ : null;
                try {
                    String token = session.token();
                    long sent = System.nanoTime();
                    Reply reply = api.post("/api/v1/orders", token, body, key);
                    long answered = System.nanoTime();
                    if (reply.status() == 201) {
                        record(reply.object().getJsonNumber("id").longValue(), answered - sent, answered <= deadline);
                    } else {
                        errors.add("HTTP " + reply.status(), reply.excerpt());
                        pause(20);
                    }
                } catch (SocketTimeoutException e) {
                    errors.add("timeout", "no answer within " + requestTimeoutMillis + " ms");
                } catch (IOException e) {
                    errors.add(e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
                    // A refused or reset connection fails at once; without a pause the loop would only count errors.
                    pause(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    errors.add("interrupted", "client still waiting after the phase and its grace period");
                    return;
                } catch (RuntimeException e) {
                    errors.add(e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
                }
            }
        }

        private void record(long id, long nanos, boolean inWindow) {
            latency.add(nanos);
            if (inWindow) {
                acceptedInWindow++;
            }
            if (idCount == ids.length) {
                ids = Arrays.copyOf(ids, idCount * 2);
            }
            ids[idCount++] = id;
        }

        private void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static List<String> describe(Errors errors) {
        List<String> lines = new ArrayList<>();
        errors.counts().forEach((kind, n) -> lines.add(kind + " ×" + n + ": " + errors.example(kind)));
        return lines;
    }
}
