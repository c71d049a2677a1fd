package com.agora.bench;

import com.agora.bench.OrderStages.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The per-level figures as Markdown, for the terminal and for the results file alike. */
final class Report {

    /**
     * @param cpu          while the clients ran
     * @param untilSettled from the first placement until the level's orders were followed to their end (the drain
     *                     included), before they were all read
     */
    record Level(String label, LoadPhase.Placement placement, Settlement.Result settled, long eventFailures,
            CpuSampler.Usage cpu, Spent untilSettled, DeliveryCounters.PerOrder work) {

        long errors() {
            return placement.errors().total() + settled.errors().total();
        }

        double perSecond(Stage stage) {
            return settled.stages().get(stage).inWindow() / placement.windowSeconds();
        }

        /** Orders shipped with invoice over the window plus the drain: what the platform really carried. */
        double sustained() {
            return settled.done() / (placement.windowSeconds() + settled.drainSeconds());
        }
    }

    private Report() {
    }

    static String table(List<Level> levels) {
        StringBuilder out = new StringBuilder();
        out.append("| clients | accepted/s | reserved/s | confirmed/s | shipped/s | shipped with invoice/s"
                + " | **sustained/s** | placement p50 ms | placement p99 ms | placement max ms | done | failed"
                + " | in flight | errors | event failures | drain s |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Level l : levels) {
            Samples placed = l.placement().latency();
            Settlement.Result s = l.settled();
            out.append(String.format(Locale.ROOT,
                    "| %d | %.1f | %.1f | %.1f | %.1f | %.1f | **%.1f** | %s | %s | %s | %d | %d | %d | %d | %s | %.1f |%n",
                    l.placement().clients(), l.placement().acceptedPerSecond(), l.perSecond(Stage.RESERVED),
                    l.perSecond(Stage.CONFIRMED), l.perSecond(Stage.SHIPPED), l.perSecond(Stage.DONE),
                    l.sustained(),
                    ms(placed.percentileMillis(50)), ms(placed.percentileMillis(99)), ms(placed.maxMillis()),
                    s.done(), s.failedTotal(), s.inFlightTotal(), l.errors(),
                    l.eventFailures() < 0 ? "n/a" : String.valueOf(l.eventFailures()), s.drainSeconds()));
        }
        return out.toString();
    }

    /** The line bench/run reads to put the run against its pgbench baseline. */
    static String bestSustained(List<Level> levels) {
        return String.format(Locale.ROOT, "Best sustained: %.1f orders/s%n",
                levels.stream().mapToDouble(Level::sustained).max().orElse(0));
    }

    /** Time from placement (the server's createdAt) to each stage; n/a where no order got that far. */
    static String stageTable(List<Level> levels) {
        StringBuilder out = new StringBuilder("| clients");
        StringBuilder rule = new StringBuilder("|---:");
        for (Stage stage : Stage.values()) {
            out.append(" | →").append(stage.label).append(" p50 ms | →").append(stage.label).append(" p99 ms | n");
            rule.append("|---:|---:|---:");
        }
        out.append(" |\n").append(rule).append("|\n");
        for (Level l : levels) {
            out.append("| ").append(l.placement().clients());
            for (Stage stage : Stage.values()) {
                Settlement.StageFigures f = l.settled().stages().get(stage);
                out.append(" | ").append(ms(f.latency().percentileMillis(50)))
                        .append(" | ").append(ms(f.latency().percentileMillis(99)))
                        .append(" | ").append(f.reached());
            }
            out.append(" |\n");
        }
        return out.toString();
    }

    /** CPU shares over a stretch of time, and how long it was. */
    record Spent(CpuSampler.Usage cpu, double seconds) {
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
                + " | Payara CPU ms/order | PostgreSQL CPU ms/order | Payara CPU ms/order done"
                + " | PostgreSQL CPU ms/order done |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        if (idle != null) {
            out.append(String.format(Locale.ROOT,
                    "| idle before the load | %.0f | %.0f | %.0f | %.0f | %.0f | | | | |%n",
                    idle.busy(), idle.of(CpuSampler.PAYARA), idle.of(CpuSampler.POSTGRES), idle.of(CpuSampler.BENCH),
                    idle.of(CpuSampler.OTHER)));
        }
        for (Level l : levels) {
            CpuSampler.Usage u = l.cpu();
            if (u == null) {
                out.append("| ").append(l.placement().clients())
                        .append(" | n/a | n/a | n/a | n/a | n/a | n/a | n/a | n/a | n/a |\n");
                continue;
            }
            out.append(String.format(Locale.ROOT, "| %d | %.0f | %.0f | %.0f | %.0f | %.0f | %s | %s | %s | %s |%n",
                    l.placement().clients(), u.busy(), u.of(CpuSampler.PAYARA), u.of(CpuSampler.POSTGRES),
                    u.of(CpuSampler.BENCH), u.of(CpuSampler.OTHER),
                    perOrder(u.of(CpuSampler.PAYARA), cores, l), perOrder(u.of(CpuSampler.POSTGRES), cores, l),
                    perOrderDone(CpuSampler.PAYARA, cores, l), perOrderDone(CpuSampler.POSTGRES, cores, l)));
        }
        return out.toString();
    }

    /** Where an order's cost goes: commits, statements, deliveries and the batches that carried them. */
    static String workTable(List<Level> levels) {
        StringBuilder out = new StringBuilder();
        out.append("Work per order done, counted from before the level until its last order was done (PostgreSQL"
                + " commits and pg_stat_statements calls of the platform's database; deliveries are events handled"
                + " by agents, messages the JMS messages that carried them; batch sizes are events per message,"
                + " p50/p99/max of the busiest agent over the server's recent window):\n\n");
        out.append("| clients | commits/order | statements/order | deliveries/order | messages/order"
                + " | events/message | batch p50 | batch p99 | batch max |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Level l : levels) {
            DeliveryCounters.PerOrder w = l.work();
            if (w == null) {
                out.append("| ").append(l.placement().clients()).append(" | n/a | n/a | n/a | n/a | n/a | n/a | n/a | n/a |\n");
                continue;
            }
            out.append("| ").append(l.placement().clients()).append(" | ")
                    .append(String.join(" | ", DeliveryCounters.format(w.commits()),
                            DeliveryCounters.format(w.statements()), DeliveryCounters.format(w.deliveries()),
                            DeliveryCounters.format(w.messages()), DeliveryCounters.format(w.eventsPerMessage()),
                            DeliveryCounters.format(w.batchP50()), DeliveryCounters.format(w.batchP99()),
                            DeliveryCounters.format(w.batchMax())))
                    .append(" |\n");
        }
        return out.toString();
    }

    static String problems(List<Level> levels) {
        List<String> lines = new ArrayList<>();
        for (Level l : levels) {
            String at = l.label() + ": ";
            LoadPhase.describe(l.placement().errors()).forEach(e -> lines.add(at + "placing, " + e));
            LoadPhase.describe(l.settled().errors()).forEach(e -> lines.add(at + e));
            Settlement.Result s = l.settled();
            if (!s.failed().isEmpty()) {
                lines.add(at + s.failedTotal() + " order(s) failed: " + s.failed()
                        + (s.failed().containsKey("rejected (stock)") ? " (raise --stock-target for stock rejections)" : ""));
            }
            if (s.pending() > 0) {
                lines.add(at + s.pending() + " order(s) still pending when the drain time ran out");
            }
            if (s.inFlightTotal() > 0) {
                lines.add(at + s.inFlightTotal() + " order(s) not shipped with invoice yet, by status " + s.inFlight()
                        + (s.stillMoving() ? ": still moving when the drain deadline passed"
                                : ": nothing moved any more (waiting for an agent that is not deployed, a review,"
                                        + " or a stuck step)"));
            }
            if (l.eventFailures() < 0) {
                lines.add(at + "/health/ready could not be read around this level, so agent event failures are unknown");
            }
            if (l.eventFailures() > 0) {
                lines.add(at + l.eventFailures() + " failed or dead-lettered event(s) at the agents"
                        + " (see the server log)");
            }
        }
        if (lines.isEmpty()) {
            return "None: every order was accepted with HTTP 201 and shipped with its invoice, no agent event failed.\n";
        }
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append("- ").append(line).append('\n'));
        return out.toString();
    }

    static String legend() {
        return """
                - accepted/s: HTTP 201 answers received within the level's window, per second.
                - reserved/s, confirmed/s, shipped/s, shipped with invoice/s: orders that reached the stage within a
                  window as long as the level's, shifted by the stage's median time from placement (so the length of
                  the pipeline is not charged against its throughput), per second, by the server's timestamps.
                  Reserved is Inventory's StockReserved timeline entry, confirmed the payment authorization
                  (confirmedAt), shipped shippedAt, invoiced Document Generation's DocumentGenerated entry of the
                  invoice; an order is done when it is shipped (or delivered) and invoiced. When the platform
                  cannot keep up, a backlog builds and these windowed rates overstate it: read sustained/s.
                - sustained/s: the level's orders shipped with invoice divided by the window plus the drain, i.e.
                  from the first placement to the last order done: the end-to-end rate the platform really carried.
                - placement: client-side time from sending POST /orders to its 201.
                - done, failed, in flight: the level's orders shipped with invoice; rejected, payment_failed or
                  cancelled; still on the way when the drain deadline passed or nothing moved for the stall time.
                - errors: non-201 answers, timeouts and I/O failures while placing, plus failed reads of the orders.
                - event failures: handler failures and dead letters of all deployed agents counted meanwhile.
                - drain s: how long after the window the last step of the level's orders happened. The next level
                  starts only after that.
                - Time from placement: server createdAt to each stage, over the orders that reached it (n).
                """;
    }

    /** CPU milliseconds a group spent per accepted order while the clients ran. */
    private static String perOrder(double percentOfMachine, int cores, Level l) {
        return cpuMsPerOrder(percentOfMachine, cores, 1.0, l.placement().acceptedPerSecond());
    }

    /**
     * CPU milliseconds a group spent per order done, from the first placement until the orders were done: unlike the
     * share while the clients ran, it does not depend on how far placement ran ahead of the agents, so it compares
     * builds better than the rate does on a noisy machine.
     */
    private static String perOrderDone(String group, int cores, Level l) {
        Spent spent = l.untilSettled();
        if (spent == null || spent.cpu() == null) {
            return "n/a";
        }
        return cpuMsPerOrder(spent.cpu().of(group), cores, spent.seconds(), l.settled().done());
    }

    /** The cost that caps throughput once the cores are busy. */
    private static String cpuMsPerOrder(double percentOfMachine, int cores, double seconds, double orders) {
        if (orders <= 0) {
            return "n/a";
        }
        return ms(percentOfMachine / 100.0 * cores * 1000.0 * seconds / orders);
    }

    static String ms(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, value < 10 ? "%.2f" : value < 100 ? "%.1f" : "%.0f", value);
    }
}
