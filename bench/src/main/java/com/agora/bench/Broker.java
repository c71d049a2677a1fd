package com.agora.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The embedded OpenMQ broker of the domain, read with its own {@code imqcmd}: messages waiting per agent queue
 * (an order parked for an agent that is not deployed is resumable only if its message is still there) and
 * transactions left PREPARED by the crash (in doubt: neither delivered nor given back until someone recovers them).
 */
record Broker(Map<String, Long> queued, List<String> inDoubt) {

    /** Null when the broker cannot be asked (no imqcmd, broker down): the report then says so. */
    static Broker read(Path imqcmd, Path passfile, String address) throws InterruptedException {
        if (imqcmd == null || passfile == null) {
            return null;
        }
        List<String> queues = run(imqcmd, passfile, address, "list", "dst", "-t", "q");
        List<String> txns = run(imqcmd, passfile, address, "list", "txn");
        if (queues == null || txns == null) {
            return null;
        }
        Map<String, Long> queued = new LinkedHashMap<>();
        for (String line : queues) {
            String[] cols = line.trim().split("\\s+");
            // Name Type State Producers Consumers(Active Backup) Msgs(Count Remote UnAck InDelay AvgSize)
            if (cols.length >= 8 && cols[1].equals("Queue") && cols[0].startsWith("Agora_")) {
                queued.put(cols[0].substring("Agora_".length()).replace('_', '-'), Long.parseLong(cols[6]));
            }
        }
        List<String> inDoubt = txns.stream().filter(l -> l.contains(" PREPARED ")).map(String::trim).toList();
        return new Broker(queued, inDoubt);
    }

    /** The id of an in-doubt transaction, the first column of its line. */
    static String transactionId(String line) {
        return line.split("\\s+")[0];
    }

    private static List<String> run(Path imqcmd, Path passfile, String address, String... command)
            throws InterruptedException {
        List<String> args = new ArrayList<>(List.of(imqcmd.toString()));
        args.addAll(List.of(command));
        args.addAll(List.of("-b", address, "-u", "admin", "-passfile", passfile.toString()));
        try {
            Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return null;
            }
            return output.lines().toList();
        } catch (IOException e) {
            return null;
        }
    }
}
