package com.agora.bench;

import com.agora.bench.Api.BenchException;
import com.agora.bench.Api.Reply;
import com.agora.bench.Api.Session;
import com.agora.bench.CrashState.Outcome;
import com.agora.bench.CrashState.Placement;
import java.io.IOException;
import java.net.URI;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Crash test of the order flow: the application server is killed (SIGKILL, no shutdown) while orders are being
 * placed and carried on by the agents, started again, and the books are checked afterwards.
 *
 * <p>Two halves, run by {@code bench/crash-test} around the restart it does itself:
 * {@code --phase=place} tops up stock, takes a snapshot of the books, places the orders (each with an
 * Idempotency-Key) from concurrent clients and kills the server after {@code --kill-after} of them were accepted;
 * {@code --phase=verify} sends every order whose answer was lost again with its key, waits until no order moves
 * any more, checks that none is lost, duplicated, stuck, charged twice or holding stock it should not, and writes
 * the verdict.
 */
public final class CrashTest {

    private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("phase", "");
        DEFAULTS.put("state", "");
        DEFAULTS.put("report", "");
        DEFAULTS.put("base-url", "http://localhost:8080");
        DEFAULTS.put("orders", "200");
        DEFAULTS.put("clients", "16");
        DEFAULTS.put("kill-after", "100");
        DEFAULTS.put("server-pid", "0");
        DEFAULTS.put("quiet-seconds", "20");
        DEFAULTS.put("drain-seconds", "300");
        DEFAULTS.put("variants", "40");
        DEFAULTS.put("stock-target", "500");
        DEFAULTS.put("customers", "30");
        DEFAULTS.put("seed", "");
        DEFAULTS.put("request-timeout-seconds", "30");
        DEFAULTS.put("db-url", "jdbc:postgresql://localhost:5432/agora");
        DEFAULTS.put("db-user", "agora");
        DEFAULTS.put("db-password-file", ".agora/db-password");
        DEFAULTS.put("imqcmd", "");
        DEFAULTS.put("broker-passfile", "");
        DEFAULTS.put("broker-address", "localhost:7676");
        DEFAULTS.put("mail-api", "http://127.0.0.1:2580");
        DEFAULTS.put("integrator", "integrator:integrator123");
        DEFAULTS.put("admin", "admin:admin123");
    }

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Map<String, String> settings;
    private final Api api;

    private CrashTest(Map<String, String> settings) {
        this.settings = settings;
        this.api = new Api(URI.create(settings.get("base-url")), Duration.ofSeconds(number("request-timeout-seconds")));
    }

    public static void main(String[] args) {
        int status;
        try {
            Map<String, String> settings = Options.read(DEFAULTS, args);
            CrashTest test = new CrashTest(settings);
            status = switch (settings.get("phase")) {
                case "place" -> test.place();
                case "verify" -> test.verify();
                default -> throw new Options.UsageException("--phase must be place or verify");
            };
        } catch (Options.UsageException e) {
            if (e.getMessage() != null) {
                System.err.println("crash-test: " + e.getMessage());
            }
            System.err.print(Options.usage("CrashTest", DEFAULTS));
            status = e.getMessage() == null ? 0 : 2;
        } catch (BenchException | IllegalArgumentException e) {
            System.err.println("crash-test: " + e.getMessage());
            status = 2;
        } catch (IOException | SQLException e) {
            System.err.println("crash-test: " + e);
            status = 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("crash-test: interrupted");
            status = 130;
        }
        System.exit(status);
    }

    // ---------------------------------------------------------------------------------------------
    // Before and during the crash
    // ---------------------------------------------------------------------------------------------

    private int place() throws IOException, InterruptedException, SQLException {
        long pid = number("server-pid");
        ProcessHandle server = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .orElseThrow(() -> new BenchException("no live server process " + pid + " (--server-pid)"));
        Health.read(api).requireReady();
        Session integrator = new Session(api, Options.credentials(settings, "integrator"));
        Session admin = new Session(api, Options.credentials(settings, "admin"));
        Catalog catalog = Catalog.discover(api, integrator, (int) number("variants"), (int) number("customers"));
        Catalog.TopUp topUp = catalog.topUp(api, admin, Catalog.activeWarehouses(api, integrator),
                (int) number("stock-target"));
        log("Stock: " + topUp.restocks() + " restock(s), " + topUp.unitsAdded() + " unit(s) added so that "
                + catalog.size() + " variant(s) have " + number("stock-target") + " available per warehouse");

        long seed = settings.get("seed").isBlank() ? System.nanoTime() : Long.parseLong(settings.get("seed").trim());
        String runId = "crash-" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").format(
                LocalDateTime.now(ZoneOffset.UTC)) + "-" + Long.toHexString(seed & 0xffff);
        SplittableRandom random = new SplittableRandom(seed);
        List<Placement> placements = new ArrayList<>();
        for (int i = 0; i < number("orders"); i++) {
            placements.add(new Placement(runId + "-" + i, catalog.randomOrder(random)));
        }
        CrashState state;
        try (Books books = books()) {
            state = new CrashState(runId, CrashChecks.snapshot(books), placements);
            log("Snapshot of the books: " + state.snapshot.stock().size() + " stock row(s), orders after id "
                    + state.snapshot.lastOrderId());
            state.serverPid = pid;
            Broker broker = broker();
            if (broker != null) {
                broker.inDoubt().forEach(t -> state.inDoubtBefore.add(Broker.transactionId(t)));
            }
            placeAndKill(state, integrator, server);
            state.statusAtKill = CrashChecks.statusCounts(books, state.snapshot.lastOrderId());
        }
        log("Killed the server (pid " + pid + ") at " + state.killedAt + " after " + state.acceptedAtKill
                + " accepted order(s); orders by status at that moment: " + state.statusAtKill);
        log("Placements: " + state.count(Outcome.ACCEPTED) + " accepted, " + state.count(Outcome.ANSWER_LOST)
                + " answer lost, " + state.count(Outcome.NOT_SENT) + " not sent");
        state.write(path("state"));
        return 0;
    }

    /**
     * Concurrent closed-loop clients work through the prepared orders; the client whose 201 makes the count reach
     * {@code --kill-after} kills the server at once, while the other clients' requests are still in flight.
     */
    private void placeAndKill(CrashState state, Session session, ProcessHandle server) throws InterruptedException {
        int killAfter = (int) Math.min(number("kill-after"), state.placements.size());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        Runnable kill = () -> {
            if (killed.compareAndSet(false, true)) {
                state.acceptedAtKill = accepted.get();
                state.killedAt = Instant.now();
                server.destroyForcibly();
            }
        };
        Thread[] clients = new Thread[(int) number("clients")];
        for (int c = 0; c < clients.length; c++) {
            clients[c] = new Thread(() -> {
                int i;
                while (!killed.get() && (i = next.getAndIncrement()) < state.placements.size()) {
                    Placement p = state.placements.get(i);
                    p.outcome = Outcome.ANSWER_LOST;
                    try {
                        Reply reply = api.post("/api/v1/orders", session.token(), p.body, p.key);
                        if (reply.status() == 201) {
                            p.orderId = reply.object().getJsonNumber("id").longValue();
                            p.outcome = Outcome.ACCEPTED;
                            if (accepted.incrementAndGet() >= killAfter) {
                                kill.run();
                            }
                        } else {
                            p.error = "HTTP " + reply.status() + " " + reply.excerpt();
                        }
                    } catch (java.net.ConnectException e) {
                        p.outcome = Outcome.NOT_SENT;
                        p.error = "connection refused";
                    } catch (SocketTimeoutException e) {
                        p.error = "no answer within the request timeout";
                    } catch (IOException | RuntimeException e) {
                        p.error = e.getClass().getSimpleName() + ": " + e.getMessage();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "client-" + c);
            clients[c].start();
        }
        for (Thread client : clients) {
            client.join();
        }
        // Fewer accepted than asked for (errors): the crash still has to happen, with whatever is in flight.
        kill.run();
        server.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> null).join();
        if (server.isAlive()) {
            throw new BenchException("server process " + server.pid() + " still alive 30 s after SIGKILL");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // After the restart
    // ---------------------------------------------------------------------------------------------

    private int verify() throws IOException, InterruptedException, SQLException {
        CrashState state = CrashState.read(path("state"));
        Health health = Health.read(api);
        Session integrator = new Session(api, Options.credentials(settings, "integrator"));
        try (Books books = books()) {
            Map<String, Long> existing = CrashChecks.keysKnown(books, state.runId);
            List<String> resendProblems = resend(state, integrator, existing);
            log("Sent all " + state.placements.size() + " placement(s) again with their Idempotency-Key: "
                    + (resendProblems.isEmpty() ? "every answer named the expected order" : resendProblems.size()
                            + " problem(s)"));
            Instant drainStart = Instant.now();
            boolean quiet = CrashChecks.drain(books, state.snapshot.lastOrderId(), number("quiet-seconds"),
                    number("drain-seconds"), CrashTest::log);
            double drainSeconds = Duration.between(drainStart, Instant.now()).toMillis() / 1000.0;
            Broker broker = broker();
            String mailApi = settings.get("mail-api");
            MailCatcher mails = mailApi.isBlank() ? null : new MailCatcher(URI.create(mailApi));
            CrashChecks checks = new CrashChecks(books, state, health, broker, mails, existing, resendProblems,
                    quiet, drainSeconds, number("quiet-seconds"));
            String report = checks.run();
            Path file = path("report");
            Files.writeString(file, report, StandardCharsets.UTF_8);
            System.out.println();
            System.out.print(report);
            return checks.violations() == 0 ? 0 : 1;
        }
    }

    /**
     * Every placement without a 201 goes again, with its original key and body, as an integrator would retry; the
     * accepted ones go again too, to prove the keys survived the crash. The answer must name the order the key
     * created before the crash, if it did.
     */
    private List<String> resend(CrashState state, Session session, Map<String, Long> existing)
            throws InterruptedException, IOException {
        List<String> problems = new ArrayList<>();
        for (Placement p : state.placements) {
            Reply reply = null;
            for (int attempt = 1; reply == null; attempt++) {
                try {
                    reply = api.post("/api/v1/orders", session.token(), p.body, p.key);
                } catch (IOException e) {
                    if (attempt == 5) {
                        throw e;
                    }
                    Thread.sleep(2_000);
                }
            }
            if (reply.status() != 201) {
                problems.add(p.key + ": HTTP " + reply.status() + " " + reply.excerpt());
                continue;
            }
            long id = reply.object().getJsonNumber("id").longValue();
            Long before = existing.get(p.key);
            if (p.outcome == Outcome.ACCEPTED && id != p.orderId) {
                problems.add(p.key + ": accepted as order " + p.orderId + " before the crash, order " + id + " now");
            } else if (p.outcome != Outcome.ACCEPTED && before != null && id != before) {
                problems.add(p.key + ": the key had created order " + before + ", the retry answered order " + id);
            }
            p.retriedAs = id;
        }
        return problems;
    }

    private Books books() throws IOException, SQLException {
        return Books.open(settings.get("db-url"), settings.get("db-user"), Path.of(settings.get("db-password-file")));
    }

    private long number(String name) {
        return Options.nonNegative(settings, name);
    }

    private Path path(String name) {
        String value = settings.get(name);
        if (value.isBlank()) {
            throw new Options.UsageException("--" + name + " is required");
        }
        return Path.of(value);
    }

    private Broker broker() throws InterruptedException {
        return Broker.read(optionalPath("imqcmd"), optionalPath("broker-passfile"), settings.get("broker-address"));
    }

    private Path optionalPath(String name) {
        String value = settings.get(name);
        return value.isBlank() ? null : Path.of(value);
    }

    static void log(String message) {
        System.out.println("[crash " + CLOCK.format(LocalTime.now()) + "] " + message);
        System.out.flush();
    }
}
