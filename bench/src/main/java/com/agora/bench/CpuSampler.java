package com.agora.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who used the machine's CPU during a phase, from Linux /proc: the Payara domain under test (which also hosts the
 * embedded OpenMQ broker), PostgreSQL working for the platform's database, this load generator, and everything
 * else. Client, server and database share the cores here, so a phase that looks server-bound may really be
 * starved by its neighbours (another domain's tests, builds); these shares tell the two apart. Two snapshots per
 * phase cost a few milliseconds; elsewhere than Linux it reports nothing.
 */
final class CpuSampler {

    static final String PAYARA = "payara";
    static final String POSTGRES = "postgres";
    static final String BENCH = "bench";
    static final String OTHER = "other";

    /** CPU ticks of one process, keyed by pid and start time so that a reused pid is a different process. */
    record Process(String group, long ticks) {
    }

    record Snapshot(long totalTicks, long idleTicks, Map<String, Process> processes) {
    }

    /** Percent of the whole machine (all cores) per group, plus the busy total. */
    record Usage(double busy, Map<String, Double> groups) {

        double of(String group) {
            return groups.getOrDefault(group, 0.0);
        }
    }

    private static final Path PROC = Path.of("/proc");

    private final String domainMarker;
    private final String database;
    private final long self = ProcessHandle.current().pid();
    private final boolean available = Files.isReadable(PROC.resolve("stat"));

    CpuSampler(String domain, String database) {
        this.domainMarker = "/domains/" + domain + "/";
        this.database = database;
    }

    Snapshot take() {
        if (!available) {
            return null;
        }
        long total = 0;
        long idle = 0;
        try {
            String[] cpu = Files.readAllLines(PROC.resolve("stat"), StandardCharsets.US_ASCII).get(0).trim().split("\\s+");
            // user nice system idle iowait irq softirq steal; guest time is already inside user.
            for (int i = 1; i <= 8 && i < cpu.length; i++) {
                long ticks = Long.parseLong(cpu[i]);
                total += ticks;
                if (i == 4 || i == 5) {
                    idle += ticks;
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        Map<String, Process> processes = new HashMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, p -> isPid(p.getFileName().toString()))) {
            for (Path entry : entries) {
                addProcess(entry, processes);
            }
        } catch (IOException e) {
            return null;
        }
        return new Snapshot(total, idle, processes);
    }

    /**
     * Per process, not per group: a process that ends between the snapshots takes its ticks with it, and summing
     * groups first would then make the survivors' work disappear. One that starts meanwhile counts in full.
     */
    Usage between(Snapshot before, Snapshot after) {
        if (before == null || after == null || after.totalTicks() <= before.totalTicks()) {
            return null;
        }
        double total = after.totalTicks() - before.totalTicks();
        double busy = 100.0 - (after.idleTicks() - before.idleTicks()) * 100.0 / total;
        Map<String, Long> ticks = new HashMap<>();
        after.processes().forEach((key, now) -> {
            Process then = before.processes().get(key);
            ticks.merge(now.group(), Math.max(0, now.ticks() - (then == null ? 0 : then.ticks())), Long::sum);
        });
        Map<String, Double> shares = new LinkedHashMap<>();
        double named = 0;
        for (String group : new String[] {PAYARA, POSTGRES, BENCH}) {
            double share = ticks.getOrDefault(group, 0L) * 100.0 / total;
            shares.put(group, share);
            named += share;
        }
        // The rest of the busy time rather than a sum over processes: short-lived ones (builds, asadmin calls)
        // and the kernel would otherwise vanish from the picture.
        shares.put(OTHER, Math.max(0, busy - named));
        return new Usage(busy, shares);
    }

    private void addProcess(Path entry, Map<String, Process> processes) {
        try {
            String stat = Files.readString(entry.resolve("stat"), StandardCharsets.US_ASCII);
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            String command = stat.substring(open + 1, close);
            String[] fields = stat.substring(close + 2).split(" ");
            // fields[0] is field 3 of proc(5), the state: utime, stime and starttime are fields 14, 15 and 22.
            String group = classify(entry, command);
            if (group != null) {
                processes.put(entry.getFileName() + "@" + fields[19],
                        new Process(group, Long.parseLong(fields[11]) + Long.parseLong(fields[12])));
            }
        } catch (IOException | RuntimeException e) {
            // The process ended while being read: it simply does not count.
        }
    }

    /** The group of a process, or null for everything that only counts in the remainder. */
    private String classify(Path entry, String command) throws IOException {
        if (Long.parseLong(entry.getFileName().toString()) == self) {
            return BENCH;
        }
        if (command.startsWith("postgres")) {
            return servesOtherDatabase(cmdline(entry)) ? null : POSTGRES;
        }
        if (command.equals("java") && cmdline(entry).contains(domainMarker)) {
            return PAYARA;
        }
        return null;
    }

    /**
     * A client backend's title reads "postgres: 15/main: user database host(port) state"; backends of other
     * databases (a test domain's, pgbench's) are someone else's work. Background processes have no such title
     * and stay with PostgreSQL.
     */
    private boolean servesOtherDatabase(String title) {
        String[] parts = title.trim().split(": ", 3);
        if (parts.length < 3) {
            return false;
        }
        String[] words = parts[2].trim().split("\\s+");
        boolean clientBackend = words.length >= 3 && (words[2].contains("(") || words[2].equals("[local]"));
        return clientBackend && !words[1].equals(database);
    }

    private static String cmdline(Path entry) throws IOException {
        return new String(Files.readAllBytes(entry.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
    }

    private static boolean isPid(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isDigit(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
