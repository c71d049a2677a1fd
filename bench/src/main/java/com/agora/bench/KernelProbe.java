package com.agora.bench;

import com.agora.bench.Api.Reply;
import com.agora.bench.Api.Session;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kernel alone: asks the platform to send probe events through the delivery path to the Infrastructure agent,
 * whose handler does nothing, and times how fast they are handled. What is left of an order's cost after this is
 * business work.
 *
 * <p>Options: {@code --base-url}, {@code --admin=user:password}, {@code --events} (default 20000),
 * {@code --events-per-transaction} (default 20), {@code --timeout-seconds} (default 300), {@code --domain},
 * {@code --database}, {@code --report} (a Markdown file to write).
 */
public final class KernelProbe {

    private static final Pattern HANDLED = Pattern.compile(
            "^agora_agent_events_handled_total\\{[^}]*agent=\"infrastructure\"[^}]*}\\s+([-0-9.eE+]+)$",
            Pattern.MULTILINE);

    private KernelProbe() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = Options.read(Map.of("base-url", "http://localhost:8080",
                "admin", "admin:admin123", "events", "20000", "events-per-transaction", "20", "timeout-seconds", "300",
                "domain", "domain1", "database", "agora", "report", ""), args);
        Api api = new Api(URI.create(o.get("base-url")), Duration.ofSeconds(60));
        Session admin = new Session(api, o.get("admin").split(":", 2));
        int events = Integer.parseInt(o.get("events"));
        int perTransaction = Integer.parseInt(o.get("events-per-transaction"));
        CpuSampler cpu = new CpuSampler(o.get("domain"), o.get("database"));

        double before = handled(api);
        CpuSampler.Snapshot cpuBefore = cpu.take();
        long started = System.nanoTime();
        Reply launched = api.post("/api/v1/system/kernel-probes", admin.token(), "{\"events\":" + events
                + ",\"eventsPerTransaction\":" + perTransaction + "}", null);
        if (launched.status() != 202) {
            throw new Api.BenchException("the platform refused the kernel probe: HTTP " + launched.status() + " "
                    + launched.excerpt());
        }
        long published = System.nanoTime();
        long deadline = started + Duration.ofSeconds(Long.parseLong(o.get("timeout-seconds"))).toNanos();
        double now = before;
        while (now - before < events && System.nanoTime() < deadline) {
            Thread.sleep(100);
            now = handled(api);
        }
        long finished = System.nanoTime();
        CpuSampler.Usage usage = cpu.between(cpuBefore, cpu.take());
        long delivered = (long) (now - before);
        double seconds = (finished - started) / 1e9;
        int cores = Runtime.getRuntime().availableProcessors();
        String md = String.format(Locale.ROOT, """
                ## Kernel alone (no-op handlers)

                %d probe events published in transactions of %d (%.1f s to publish them) and delivered to the \
                Infrastructure agent, whose handler does nothing: %d handled in %.1f s.

                | deliveries/s | Payara CPU ms per 1000 deliveries | PostgreSQL CPU ms per 1000 deliveries | busy %% |
                |---:|---:|---:|---:|
                | **%.0f** | %.1f | %.1f | %.0f |
                """, events, perTransaction, (published - started) / 1e9, delivered, seconds, delivered / seconds,
                perThousand(usage.of(CpuSampler.PAYARA), cores, seconds, delivered),
                perThousand(usage.of(CpuSampler.POSTGRES), cores, seconds, delivered), usage.busy());
        System.out.println(md);
        if (!o.get("report").isBlank()) {
            Files.writeString(Path.of(o.get("report")), md, StandardCharsets.UTF_8);
        }
        System.exit(delivered >= events ? 0 : 1);
    }

    private static double perThousand(double percentOfMachine, int cores, double seconds, long delivered) {
        return delivered == 0 ? 0 : percentOfMachine / 100.0 * cores * seconds * 1000.0 / delivered * 1000.0;
    }

    private static double handled(Api api) throws IOException, InterruptedException {
        Matcher m = HANDLED.matcher(api.getText("/metrics?scope=application").body());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
