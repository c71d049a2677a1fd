package com.agora.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The per-level figures as Markdown, for the terminal and for the results file alike. */
final class Report {

    record Level(String label, LoadPhase.Placement placement, Settlement.Result settled, long eventFailures,
            CpuSampler.Usage cpu) {

        long errors() {
            return placement.errors().total() + settled.errors().total();
        }

        double reservedPerSecond() {
            return settled.decidedInWindow() / placement.windowSeconds();
        }

        /** An order answered just after the window may be reserved inside it; that is no negative backlog. */
        long backlogAtEnd() {
            return Math.max(0, placement.acceptedInWindow() - settled.decidedInWindow());
        }
    }

    private Report() {
    }

    static String table(List<Level> levels) {
        StringBuilder out = new StringBuilder();
        out.append("| clients | accepted/s | reserved/s | placement p50 ms | placement p99 ms | placement max ms"
                + " | placed→reserved p50 ms | placed→reserved p99 ms | errors | rejected | event failures"
                + " | backlog at end | drain s |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Level l : levels) {
            Samples placed = l.placement().latency();
            Samples reserved = l.settled().reserveLatency();
            out.append(String.format(Locale.ROOT, "| %d | %.1f | %.1f | %s | %s | %s | %s | %s | %d | %d | %s | %d | %.1f |%n",
                    l.placement().clients(), l.placement().acceptedPerSecond(), l.reservedPerSecond(),
                    ms(placed.percentileMillis(50)), ms(placed.percentileMillis(99)), ms(placed.maxMillis()),
                    ms(reserved.percentileMillis(50)), ms(reserved.percentileMillis(99)),
                    l.errors(), l.settled().rejected(), l.eventFailures() < 0 ? "n/a" : String.valueOf(l.eventFailures()),
                    l.backlogAtEnd(), l.settled().drainSeconds()));
        }
        return out.toString();
    }

    static String cpuTable(List<Level> levels, CpuSampler.Usage idle, int cores) {
        if (idle == null && levels.stream().allMatch(l -> l.cpu() == null)) {
            return "CPU shares not available (no Linux /proc).\n";
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "CPU use while the clients ran, in %% of all %d cores. Payara includes"
                + " the embedded OpenMQ broker; PostgreSQL counts the backends of the platform's database and the"
                + " cluster's background processes; other is the rest of the busy time (other domains, builds):%n%n",
                cores));
        out.append("| clients | busy % | Payara % | PostgreSQL % | load generator % | other %"
                + " | Payara CPU ms/order | PostgreSQL CPU ms/order |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        if (idle != null) {
            out.append(String.format(Locale.ROOT, "| idle before the load | %.0f | %.0f | %.0f | %.0f | %.0f | | |%n",
                    idle.busy(), idle.of(CpuSampler.PAYARA), idle.of(CpuSampler.POSTGRES), idle.of(CpuSampler.BENCH),
                    idle.of(CpuSampler.OTHER)));
        }
        for (Level l : levels) {
            CpuSampler.Usage u = l.cpu();
            if (u == null) {
                out.append("| ").append(l.placement().clients()).append(" | n/a | n/a | n/a | n/a | n/a | n/a | n/a |\n");
                continue;
            }
            out.append(String.format(Locale.ROOT, "| %d | %.0f | %.0f | %.0f | %.0f | %.0f | %s | %s |%n",
                    l.placement().clients(), u.busy(), u.of(CpuSampler.PAYARA), u.of(CpuSampler.POSTGRES),
                    u.of(CpuSampler.BENCH), u.of(CpuSampler.OTHER),
                    perOrder(u.of(CpuSampler.PAYARA), cores, l), perOrder(u.of(CpuSampler.POSTGRES), cores, l)));
        }
        return out.toString();
    }

    static String problems(List<Level> levels) {
        List<String> lines = new ArrayList<>();
        for (Level l : levels) {
            String at = l.label() + ": ";
            LoadPhase.describe(l.placement().errors()).forEach(e -> lines.add(at + "placing, " + e));
            LoadPhase.describe(l.settled().errors()).forEach(e -> lines.add(at + e));
            if (l.settled().rejected() > 0) {
                lines.add(at + l.settled().rejected() + " order(s) rejected for lack of stock (raise --stock-target)");
            }
            if (l.settled().pending() > 0) {
                lines.add(at + l.settled().pending() + " order(s) still pending when the drain time ran out");
            }
            if (l.settled().other() > 0) {
                lines.add(at + l.settled().other() + " order(s) in another state (cancelled meanwhile?)");
            }
            if (l.eventFailures() < 0) {
                lines.add(at + "/health/ready could not be read around this level, so agent event failures are unknown");
            }
            if (l.eventFailures() > 0) {
                lines.add(at + l.eventFailures() + " failed or dead-lettered event(s) at the Order/Inventory agents"
                        + " (see the server log)");
            }
        }
        if (lines.isEmpty()) {
            return "None: every order was accepted with HTTP 201 and reserved, no agent event failed.\n";
        }
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append("- ").append(line).append('\n'));
        return out.toString();
    }

    static String legend() {
        return """
                - accepted/s: HTTP 201 answers received within the level's window, per second.
                - reserved/s: orders whose stock reservation finished within the same window (by the server's
                  timestamps), per second; a rejection for lack of stock would count too and shows under rejected.
                - placement: client-side time from sending POST /orders to its 201.
                - placed→reserved: server createdAt to confirmedAt (or to the StockUnavailable entry of a rejection).
                - errors: non-201 answers, timeouts and I/O failures while placing, plus failed reads of the orders.
                - event failures: handler failures and dead letters the Order and Inventory agents counted meanwhile.
                - backlog at end: orders accepted in the window but not yet reserved when it closed; drain s: how long
                  after the window the last of the level's orders was reserved. The next level starts only then.
                """;
    }

    /** CPU milliseconds a group spent per accepted order: the cost that caps throughput once the cores are busy. */
    private static String perOrder(double percentOfMachine, int cores, Level l) {
        double perSecond = l.placement().acceptedPerSecond();
        if (perSecond <= 0) {
            return "n/a";
        }
        return ms(percentOfMachine / 100.0 * cores * 1000.0 / perSecond);
    }

    static String ms(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, value < 10 ? "%.2f" : value < 100 ? "%.1f" : "%.0f", value);
    }
}
