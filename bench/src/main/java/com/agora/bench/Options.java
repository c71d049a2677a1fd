package com.agora.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Settings of one load run. Each can be given as {@code --name=value} or as the system property
 * {@code bench.name}; the argument wins, so a wrapper script can set defaults and a user can still override them.
 */
final class Options {

    private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("base-url", "http://localhost:8080");
        DEFAULTS.put("levels", "1,2,4,8,16,32");
        DEFAULTS.put("phase-seconds", "20");
        DEFAULTS.put("warmup-seconds", "10");
        DEFAULTS.put("warmup-clients", "4");
        DEFAULTS.put("drain-seconds", "120");
        DEFAULTS.put("stall-seconds", "15");
        DEFAULTS.put("variants", "40");
        DEFAULTS.put("stock-target", "2000");
        DEFAULTS.put("customers", "30");
        DEFAULTS.put("idempotency-keys", "true");
        DEFAULTS.put("fetch-clients", "8");
        DEFAULTS.put("request-timeout-seconds", "30");
        DEFAULTS.put("seed", "");
        DEFAULTS.put("domain", "domain1");
        DEFAULTS.put("database", "agora");
        DEFAULTS.put("db-password-file", ".agora/db-password");
        DEFAULTS.put("report", "");
        DEFAULTS.put("integrator", "integrator:integrator123");
        DEFAULTS.put("admin", "admin:admin123");
    }

    final URI baseUrl;
    final List<Integer> levels;
    final int phaseSeconds;
    final int warmupSeconds;
    final int warmupClients;
    final int drainSeconds;
    final int stallSeconds;
    final int variants;
    final int stockTarget;
    final int customers;
    final boolean idempotencyKeys;
    final int fetchClients;
    final Duration requestTimeout;
    final long seed;
    final String domain;
    final String database;
    final String dbPasswordFile;
    final Path report;
    final String[] integrator;
    final String[] admin;

    private Options(Map<String, String> v) {
        baseUrl = URI.create(v.get("base-url"));
        levels = levels(v.get("levels"));
        phaseSeconds = positive(v, "phase-seconds");
        warmupSeconds = nonNegative(v, "warmup-seconds");
        warmupClients = positive(v, "warmup-clients");
        drainSeconds = positive(v, "drain-seconds");
        stallSeconds = positive(v, "stall-seconds");
        variants = positive(v, "variants");
        stockTarget = nonNegative(v, "stock-target");
        customers = positive(v, "customers");
        idempotencyKeys = bool(v, "idempotency-keys");
        fetchClients = positive(v, "fetch-clients");
        requestTimeout = Duration.ofSeconds(positive(v, "request-timeout-seconds"));
        seed = v.get("seed").isBlank() ? System.nanoTime() : Long.parseLong(v.get("seed").trim());
        domain = v.get("domain");
        database = v.get("database");
        dbPasswordFile = v.get("db-password-file");
        report = v.get("report").isBlank() ? null : Path.of(v.get("report"));
        integrator = credentials(v, "integrator");
        admin = credentials(v, "admin");
    }

    static Options parse(String[] args) {
        Map<String, String> values = read(DEFAULTS, args);
        try {
            return new Options(values);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The defaults, overridden by {@code bench.NAME} system properties, overridden by {@code --NAME=value}. */
    static Map<String, String> read(Map<String, String> defaults, String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        defaults.forEach((name, value) -> values.put(name, System.getProperty("bench." + name, value)));
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                throw new UsageException(null);
            }
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new UsageException("expected --name=value, got '" + arg + "'");
            }
            String name = arg.substring(2, eq);
            if (!defaults.containsKey(name)) {
                throw new UsageException("unknown option --" + name);
            }
            values.put(name, arg.substring(eq + 1));
        }
        return values;
    }

    static String usage() {
        return usage("OrderLoad", DEFAULTS);
    }

    static String usage(String program, Map<String, String> defaults) {
        StringBuilder text = new StringBuilder("Usage: " + program + " [--name=value ...]   (or -Dbench.name=value)\n");
        defaults.forEach((name, value) -> text.append(String.format(Locale.ROOT, "  --%-26s default: %s%n", name,
                name.equals("seed") ? "random" : name.equals("report") ? "none" : value)));
        return text.toString();
    }

    /** The settings that change what is measured, for the results file. */
    String describe() {
        return String.format(Locale.ROOT,
                "levels %s, %d s per level, warm-up %d s at %d clients, drain up to %d s (stall %d s), "
                        + "%d variants stocked to %d per warehouse, customers 1..%d, Idempotency-Key %s, seed %d, %s",
                levels, phaseSeconds, warmupSeconds, warmupClients, drainSeconds, stallSeconds, variants, stockTarget,
                customers, idempotencyKeys ? "on" : "off", seed, baseUrl);
    }

    private static List<Integer> levels(String text) {
        List<Integer> result = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                int level;
                try {
                    level = Integer.parseInt(part.trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("levels must be a comma-separated list of client counts, got '"
                            + text + "'");
                }
                if (level < 1 || level > 1024) {
                    throw new IllegalArgumentException("levels must be between 1 and 1024, got " + level);
                }
                result.add(level);
            }
        }
        if (result.isEmpty()) {
            throw new IllegalArgumentException("levels is empty");
        }
        return List.copyOf(result);
    }

    static int positive(Map<String, String> v, String name) {
        int value = nonNegative(v, name);
        if (value == 0) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return value;
    }

    static int nonNegative(Map<String, String> v, String name) {
        int value;
        try {
            value = Integer.parseInt(v.get(name).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + v.get(name) + "'");
        }
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
        return value;
    }

    static boolean bool(Map<String, String> v, String name) {
        String value = v.get(name).trim().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(name + " must be true or false");
        }
        return value.equals("true");
    }

    static String[] credentials(Map<String, String> v, String name) {
        String value = v.get(name);
        int colon = value.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException(name + " must be username:password");
        }
        return new String[] {value.substring(0, colon), value.substring(colon + 1)};
    }

    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
