package com.agora.bench;

import com.agora.bench.Api.BenchException;
import com.agora.bench.Api.Session;
import com.agora.bench.OrderStages.Stage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Load generator for orders through the integrator API, measured all the way to "shipped with invoice".
 *
 * <p>Per concurrency level it measures what a client sees (orders accepted per second and the time to the 201)
 * and what the platform achieves behind that answer: orders per second reserved, confirmed (payment authorized),
 * shipped and shipped with invoice, and the time from placement to each. Levels run one after another, each after
 * the previous one's orders have settled, so no level inherits another's backlog. The run ends on its own: every phase,
 * drain and request is bounded in time.
 */
public final class OrderLoad {

    private static final long IDLE_SAMPLE_MILLIS = 3_000;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Options options;
    private final Api api;
    private final CpuSampler cpu;
    private final DeliveryCounters counters;

    private OrderLoad(Options options) {
        this.options = options;
        this.api = new Api(options.baseUrl, options.requestTimeout);
        this.cpu = new CpuSampler(options.domain, options.database);
        this.counters = DeliveryCounters.open(api, options.database, options.dbPasswordFile);
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.UsageException e) {
            if (e.getMessage() != null) {
                System.err.println("bench: " + e.getMessage());
            }
            System.err.print(Options.usage());
            System.exit(e.getMessage() == null ? 0 : 2);
            return;
        }
        int status;
        try {
            status = new OrderLoad(options).run();
        } catch (BenchException e) {
            System.err.println("bench: " + e.getMessage());
            status = 1;
        } catch (IOException e) {
            System.err.println("bench: cannot reach " + options.baseUrl + ": " + e
                    + " - is the platform up? Run ./agora up");
            status = 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("bench: interrupted");
            status = 130;
        }
        System.exit(status);
    }

    private int run() throws IOException, InterruptedException {
        log("Settings: " + options.describe());
        Health.read(api).requireReady();
        Session integrator = new Session(api, options.integrator);
        Session admin = new Session(api, options.admin);

        Catalog catalog = Catalog.discover(api, integrator, options.variants, options.customers);
        List<Catalog.Warehouse> warehouses = Catalog.activeWarehouses(api, integrator);
        log(String.format(Locale.ROOT, "Ordering from %d variant(s) of %d merchant(s), stock in %d warehouse(s)",
                catalog.size(), catalog.merchants(), warehouses.size()));
        Catalog.TopUp topUp = catalog.topUp(api, admin, warehouses, options.stockTarget);
        log(String.format(Locale.ROOT, "Stock: %d row(s) checked, %d restock(s), %d unit(s) added to reach %d available",
                topUp.rowsChecked(), topUp.restocks(), topUp.unitsAdded(), options.stockTarget));

        // What the machine does without this load (consoles in use, other domains, builds) is the floor under
        // every level's CPU figures.
        CpuSampler.Snapshot quietStart = cpu.take();
        Thread.sleep(IDLE_SAMPLE_MILLIS);
        CpuSampler.Usage idle = cpu.between(quietStart, cpu.take());

        LoadPhase phase = new LoadPhase(api, integrator, catalog, options);
        Settlement settlement = new Settlement(api, integrator, options.fetchClients);
        String runId = "bench-" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").format(
                LocalDateTime.now(ZoneOffset.UTC)) + "-" + Long.toHexString(options.seed & 0xffff);

        List<Report.Level> levels = new ArrayList<>();
        List<Report.Level> warmUp = new ArrayList<>();
        if (options.warmupSeconds > 0) {
            log("Warm-up: " + options.warmupClients + " client(s) for " + options.warmupSeconds + " s (not reported)");
            Report.Level warm = level(phase, settlement, options.warmupClients, options.warmupSeconds, "warm-up",
                    runId + "-w", options.seed - 1);
            log("  " + summary(warm));
            if (stop(warm)) {
                printResults(List.of(), List.of(warm), idle, true);
                return 1;
            }
            warmUp.add(warm);
        }
        boolean aborted = false;
        for (int clients : options.levels) {
            log("Level: " + clients + " client(s) for " + options.phaseSeconds + " s");
            Report.Level result = level(phase, settlement, clients, options.phaseSeconds,
                    clients == 1 ? "1 client" : clients + " clients",
                    runId + "-c" + clients, options.seed + clients * 1_000_003L);
            levels.add(result);
            log("  " + summary(result));
            if (stop(result)) {
                aborted = true;
                break;
            }
        }
        printResults(levels, warmUp, idle, aborted);
        return aborted ? 1 : 0;
    }

    private Report.Level level(LoadPhase phase, Settlement settlement, int clients, int seconds, String label,
            String keyPrefix, long seed) throws IOException, InterruptedException {
        Health before = Health.tryRead(api);
        DeliveryCounters.Snapshot workBefore = counters == null ? null : counters.take();
        long started = System.nanoTime();
        CpuSampler.Snapshot cpuBefore = cpu.take();
        LoadPhase.Placement placement = phase.run(clients, seconds, keyPrefix, seed);
        CpuSampler.Snapshot cpuAfter = cpu.take();
        Settlement.Followed followed = settlement.follow(placement, options.drainSeconds, options.stallSeconds);
        Report.Spent untilSettled = new Report.Spent(cpu.between(cpuBefore, cpu.take()),
                (System.nanoTime() - started) / 1e9);
        DeliveryCounters.Snapshot workDone = counters == null ? null : counters.take();
        Settlement.Result settled = settlement.settle(followed);
        long failures = Health.failuresBetween(before, Health.tryRead(api));
        DeliveryCounters.PerOrder work = counters == null ? null
                : DeliveryCounters.perOrder(workBefore, workDone, settled.done());
        return new Report.Level(label, placement, settled, failures, cpu.between(cpuBefore, cpuAfter), untilSettled,
                work);
    }

    /**
     * A level that placed nothing, whose orders were still unreserved when the drain time ran out, or whose orders
     * were still moving then, would only make the following levels measure its leftovers. Orders that stopped
     * moving (waiting for an agent not deployed yet, or for a review) load nothing and do not stop the run.
     */
    private boolean stop(Report.Level level) {
        if (level.placement().orderIds().length == 0 && level.errors() > 0) {
            log("Stopping: no order was accepted at " + level.label() + "; see the errors below");
            return true;
        }
        if (level.settled().pending() > 0) {
            log("Stopping: " + level.settled().pending() + " order(s) of " + level.label()
                    + " still pending after " + options.drainSeconds + " s; the reservation side cannot keep up");
            return true;
        }
        if (level.settled().stillMoving()) {
            log("Stopping: " + level.settled().inFlightTotal() + " order(s) of " + level.label()
                    + " still on their way after " + options.drainSeconds + " s " + level.settled().inFlight()
                    + "; the agents cannot keep up (or raise --drain-seconds)");
            return true;
        }
        return false;
    }

    /** The warm-up is left out of the tables but not out of the problems: nothing that failed goes unreported. */
    private void printResults(List<Report.Level> levels, List<Report.Level> warmUp, CpuSampler.Usage idle,
            boolean aborted) throws IOException {
        int cores = Runtime.getRuntime().availableProcessors();
        List<Report.Level> all = new ArrayList<>(warmUp);
        all.addAll(levels);
        String table = Report.table(levels);
        String stageTable = Report.stageTable(levels);
        String cpuTable = Report.cpuTable(levels, idle, cores);
        String workTable = Report.workTable(levels);
        String problems = Report.problems(all);
        StringBuilder md = new StringBuilder();
        md.append("## Orders\n\n").append("Settings: ").append(options.describe()).append("\n\n");
        md.append(table).append('\n');
        md.append(Report.bestSustained(levels)).append('\n');
        md.append("Time from placement to each stage:\n\n").append(stageTable).append('\n');
        if (aborted) {
            md.append("**The run stopped early**; see the problems below.\n\n");
        }
        md.append(Report.legend()).append('\n');
        md.append(cpuTable).append('\n');
        md.append(workTable).append('\n');
        md.append("### Problems\n\n").append(problems);
        System.out.println();
        System.out.println(table);
        System.out.println(stageTable);
        System.out.println(cpuTable);
        System.out.println(workTable);
        System.out.print("Problems:\n" + problems);
        if (options.report != null) {
            Files.writeString(options.report, md.toString(), StandardCharsets.UTF_8);
        }
    }

    private static String summary(Report.Level l) {
        Samples placed = l.placement().latency();
        Settlement.Result s = l.settled();
        return String.format(Locale.ROOT,
                "accepted %.1f/s, reserved %.1f/s, shipped with invoice %.1f/s, placement p50 %s ms p99 %s ms,"
                        + " placed→reserved p50 %s ms, placed→shipped p50 %s ms p99 %s ms, done %d, failed %d,"
                        + " in flight %d %s, errors %d, drain %.1f s",
                l.placement().acceptedPerSecond(), l.perSecond(Stage.RESERVED), l.perSecond(Stage.DONE),
                Report.ms(placed.percentileMillis(50)), Report.ms(placed.percentileMillis(99)),
                Report.ms(s.stages().get(Stage.RESERVED).latency().percentileMillis(50)),
                Report.ms(s.stages().get(Stage.SHIPPED).latency().percentileMillis(50)),
                Report.ms(s.stages().get(Stage.SHIPPED).latency().percentileMillis(99)), s.done(), s.failedTotal(),
                s.inFlightTotal(), s.inFlight(), l.errors(), s.drainSeconds());
    }

    private static void log(String message) {
        System.out.println("[bench " + CLOCK.format(LocalTime.now()) + "] " + message);
        System.out.flush();
    }
}
