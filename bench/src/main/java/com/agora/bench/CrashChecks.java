package com.agora.bench;

import com.agora.bench.Api.BenchException;
import com.agora.bench.Books.Row;
import com.agora.bench.CrashState.Outcome;
import com.agora.bench.CrashState.Placement;
import com.agora.bench.CrashState.Snapshot;
import com.agora.bench.CrashState.StockRow;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The books after the crash, checked against the snapshot taken before it: orders (none lost or duplicated, each
 * final or able to go on), money (nothing authorized or captured twice), stock (reserved equals what open
 * reservations hold, on hand moved only by consumption and adjustments, every order holding exactly what its
 * status calls for) and dead letters. Writes the verdict as Markdown and counts the violations.
 */
final class CrashChecks {

    /** Statuses in which nothing more happens to an order (returns aside). */
    static final Set<String> FINAL = Set.of("delivered", "rejected", "payment_failed", "cancelled", "refunded");
    /** Statuses that hold their stock reserved. */
    static final Set<String> HOLDING = Set.of("reserved", "under_review", "confirmed", "processing");
    /** Statuses whose stock has left the warehouses. */
    static final Set<String> SHIPPED = Set.of("shipped", "delivered", "refunded");

    private static final int LISTED = 10;

    private final Books books;
    private final CrashState state;
    private final Health health;
    private final Broker broker;
    private final MailCatcher mailCatcher;
    private final Map<String, Long> keysBeforeResend;
    private final List<String> resendProblems;
    private final boolean quiet;
    private final double drainSeconds;
    private final long quietSeconds;
    private final StringBuilder out = new StringBuilder();
    private final List<String> violations = new ArrayList<>();

    CrashChecks(Books books, CrashState state, Health health, Broker broker, MailCatcher mailCatcher,
            Map<String, Long> keysBeforeResend, List<String> resendProblems, boolean quiet, double drainSeconds,
            long quietSeconds) {
        this.books = books;
        this.state = state;
        this.health = health;
        this.broker = broker;
        this.mailCatcher = mailCatcher;
        this.keysBeforeResend = keysBeforeResend;
        this.resendProblems = resendProblems;
        this.quiet = quiet;
        this.drainSeconds = drainSeconds;
        this.quietSeconds = quietSeconds;
    }

    // ---------------------------------------------------------------------------------------------
    // Reads used by the placing half and while draining
    // ---------------------------------------------------------------------------------------------

    static Snapshot snapshot(Books books) throws SQLException {
        return books.consistently(b -> {
            Map<Long, StockRow> stock = new LinkedHashMap<>();
            for (Row r : b.query("select i.id, i.quantity, i.reserved_quantity, i.reserved_quantity - coalesce("
                    + "(select sum(r.quantity) from stock_reservations r where r.inventory_id = i.id"
                    + " and r.status = 'reserved'), 0) as drift from inventory i order by i.id")) {
                stock.put(r.num("id"), new StockRow(r.num("id"), (int) r.num("quantity"),
                        (int) r.num("reserved_quantity"), (int) r.num("drift")));
            }
            Row last = b.one("select now() as taken_at, (select coalesce(max(id), 0) from orders) as orders,"
                    + " (select coalesce(max(id), 0) from inventory_adjustments) as adjustments,"
                    + " (select coalesce(max(id), 0) from dead_letters) as dead_letters");
            return new Snapshot(last.instant("taken_at"), last.num("orders"), last.num("adjustments"),
                    last.num("dead_letters"), stock);
        });
    }

    static Map<String, Long> statusCounts(Books books, long afterOrderId) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (Row r : books.query("select status, count(*) as n from orders where id > ? group by status",
                afterOrderId)) {
            counts.put(r.text("status"), r.num("n"));
        }
        return counts;
    }

    /** The orders the run's Idempotency-Keys had created, by key. */
    static Map<String, Long> keysKnown(Books books, String runId) throws SQLException {
        Map<String, Long> keys = new LinkedHashMap<>();
        for (Row r : books.query("select idempotency_key, resource_id from idempotency_keys"
                + " where idempotency_key like ?", runId + "-%")) {
            keys.put(r.text("idempotency_key"), r.num("resource_id"));
        }
        return keys;
    }

    /**
     * Waits until none of the run's orders changes (status, timeline, reservations, transactions) for the quiet
     * time; false when the deadline came first.
     */
    static boolean drain(Books books, long afterOrderId, long quietSeconds, long drainSeconds, Consumer<String> log)
            throws SQLException, InterruptedException {
        long start = System.nanoTime();
        long lastChange = start;
        long lastLog = start;
        String mark = null;
        while (true) {
            String now = books.one(("select coalesce((select string_agg(status || ' ' || n, ', ' order by status)"
                    + " from (select status, count(*) as n from orders where id > ?1 group by status) s), 'none')"
                    + " || ' | ' || (select count(*) from order_events where order_id > ?1)"
                    + " || ' | ' || (select count(*) || '/' || count(*) filter (where status = 'reserved')"
                    + " from stock_reservations where order_id > ?1)"
                    + " || ' | ' || (select count(*) from transactions where order_id > ?1) as mark")
                    .replace("?1", String.valueOf(afterOrderId))).text("mark");
            long t = System.nanoTime();
            if (!now.equals(mark)) {
                mark = now;
                lastChange = t;
            }
            if (t - lastLog >= 10_000_000_000L) {
                log.accept("  draining: " + now.substring(0, now.indexOf(" |")) + "; unchanged for "
                        + (t - lastChange) / 1_000_000_000L + " s");
                lastLog = t;
            }
            if (t - lastChange >= quietSeconds * 1_000_000_000L) {
                log.accept("Quiet: no order of the run changed for " + quietSeconds + " s (" + now.substring(0,
                        now.indexOf(" |")) + ")");
                return true;
            }
            if (t - start >= drainSeconds * 1_000_000_000L) {
                log.accept("Drain deadline of " + drainSeconds + " s passed with orders still changing");
                return false;
            }
            Thread.sleep(1_000);
        }
    }

    int violations() {
        return violations.size();
    }

    // ---------------------------------------------------------------------------------------------
    // The verdict
    // ---------------------------------------------------------------------------------------------

    String run() throws SQLException {
        StringBuilder body = new StringBuilder();
        Map<Long, Row> orders = new LinkedHashMap<>();
        long after = state.snapshot.lastOrderId();
        for (Row r : books.query("select o.id, o.order_number, o.status, max(e.occurred_at) as last_at,"
                + " coalesce(bool_or(e.event_type = 'FraudCleared'), false) as fraud_cleared,"
                + " (select coalesce(sum(quantity), 0) from order_items i where i.order_id = o.id) as units,"
                + " (select coalesce(sum(quantity), 0) from stock_reservations r where r.order_id = o.id"
                + " and r.status = 'reserved') as held,"
                + " (select coalesce(sum(quantity), 0) from stock_reservations r where r.order_id = o.id"
                + " and r.status = 'consumed') as consumed,"
                + " (select coalesce(-sum(a.quantity_change), 0) from inventory_adjustments a where a.id > ?"
                + " and a.adjustment_type = 'sale' and a.reference_id = o.order_number) as sold"
                + " from orders o left join order_events e on e.order_id = o.id where o.id > ?"
                + " group by o.id order by o.id", state.snapshot.lastAdjustmentId(), after)) {
            orders.put(r.num("id"), r);
        }
        body.append(lostSection(orders));
        body.append(statesSection(orders));
        body.append(moneySection(orders));
        body.append(stockSection(orders));
        body.append(documentsSection(orders));
        body.append(mailSection(orders));
        body.append(messagesSection());

        out.append("# Crash test ").append(state.runId).append("\n\n");
        out.append("Killed the application server (SIGKILL, pid ").append(state.serverPid).append(") at ")
                .append(state.killedAt == null ? "?" : DateTimeFormatter.ISO_INSTANT.format(state.killedAt))
                .append(" after ").append(state.acceptedAtKill).append(" of ").append(state.placements.size())
                .append(" orders had been accepted; the run's orders by status at that moment: ")
                .append(state.statusAtKill.isEmpty() ? "none" : state.statusAtKill).append(".\n\n");
        out.append(String.format(Locale.ROOT, "After the restart the run's orders were left to the agents until none"
                + " changed for %d s: %s after %.0f s.%n%n", quietSeconds, quiet ? "quiet" : "**still changing**",
                drainSeconds));
        out.append("## Verdict: ").append(violations.isEmpty() ? "PASS" : "FAIL, " + violations.size()
                + " violation(s)").append("\n\n");
        violations.stream().limit(40).forEach(v -> out.append("- ").append(v).append('\n'));
        if (violations.size() > 40) {
            out.append("- … and ").append(violations.size() - 40).append(" more\n");
        }
        out.append(violations.isEmpty() ? "" : "\n").append(body);
        return out.toString();
    }

    private String lostSection(Map<Long, Row> orders) {
        StringBuilder s = new StringBuilder("## None lost, none duplicated\n\n");
        List<Placement> accepted = state.placements.stream().filter(p -> p.outcome == Outcome.ACCEPTED).toList();
        List<Placement> lost = state.placements.stream().filter(p -> p.outcome == Outcome.ANSWER_LOST).toList();
        List<Placement> unsent = state.placements.stream().filter(p -> p.outcome == Outcome.NOT_SENT).toList();
        long missing = accepted.stream().filter(p -> !orders.containsKey(p.orderId)).peek(p ->
                violations.add("order " + p.orderId + " was accepted (201) before the crash and does not exist"))
                .count();
        long lostButCreated = lost.stream().filter(p -> keysBeforeResend.containsKey(p.key)).count();
        long unsentButCreated = unsent.stream().filter(p -> keysBeforeResend.containsKey(p.key)).peek(p ->
                violations.add("placement " + p.key + " was refused before reaching the server, yet created order "
                        + keysBeforeResend.get(p.key))).count();
        s.append(String.format(Locale.ROOT, "- %d accepted with 201 before the crash: %s.%n", accepted.size(),
                missing == 0 ? "all exist" : "**" + missing + " missing**"));
        s.append(String.format(Locale.ROOT, "- %d sent but their answer was lost in the crash: %d had created their"
                + " order (the key was on record after the restart), %d had not.%n", lost.size(), lostButCreated,
                lost.size() - lostButCreated));
        lost.stream().limit(LISTED).forEach(p -> s.append("  - ").append(p.key).append(": ").append(p.error)
                .append(keysBeforeResend.containsKey(p.key) ? " → order " + keysBeforeResend.get(p.key) + " existed"
                        : " → not created").append('\n'));
        s.append(String.format(Locale.ROOT, "- %d not sent (refused: the server was down)%s.%n", unsent.size(),
                unsentButCreated == 0 ? "" : ", **" + unsentButCreated + " created anyway**"));
        s.append("- After the restart all ").append(state.placements.size()).append(" placements were sent again"
                + " with their Idempotency-Key: ").append(resendProblems.isEmpty()
                        ? "accepted ones named the same order, lost ones the order their key had created (or a new"
                                + " one where none had been)."
                        : "**" + resendProblems.size() + " problem(s)**").append('\n');
        resendProblems.forEach(p -> violations.add("resend " + p));
        Set<Long> known = new HashSet<>();
        state.placements.forEach(p -> known.add(p.outcome == Outcome.ACCEPTED ? p.orderId : p.retriedAs));
        List<Long> unknown = orders.keySet().stream().filter(id -> !known.contains(id)).toList();
        Set<Long> distinct = new HashSet<>(known);
        distinct.remove(0L);
        s.append(String.format(Locale.ROOT, "- Orders created since the snapshot: %d; the run's %d placements account"
                + " for %d distinct order(s)%s.%n%n", orders.size(), state.placements.size(), distinct.size(),
                unknown.isEmpty() ? ", none besides" : ", **" + unknown.size() + " unaccounted for** " + head(unknown)));
        if (!unknown.isEmpty()) {
            violations.add(unknown.size() + " order(s) created since the snapshot belong to no placement of the run"
                    + " (a duplicate, or someone else using the domain): " + head(unknown));
        }
        if (distinct.size() != state.placements.size()) {
            violations.add("the run's " + state.placements.size() + " placements name only " + distinct.size()
                    + " distinct orders");
        }
        return s.toString();
    }

    /**
     * An order that is not final is fine if it waits for a person (review), for the outside world (tracking
     * updates of a shipped order) or for an agent not deployed in this build (its message waits in the queue).
     * Otherwise it must still be moving; one that stopped is stuck.
     */
    private String statesSection(Map<Long, Row> orders) {
        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, List<Long>> classes = new LinkedHashMap<>();
        Map<String, Long> parked = new TreeMap<>();
        Instant now = Instant.now();
        for (Row o : orders.values()) {
            String status = o.text("status");
            byStatus.merge(status, 1L, Long::sum);
            String kind;
            if (FINAL.contains(status)) {
                kind = "final";
            } else if (status.equals("under_review")) {
                kind = "waiting for a person (fraud review)";
            } else if (status.equals("shipped")) {
                kind = "waiting for the outside world (tracking updates)";
            } else {
                List<String> next = nextAgents(status, o.flag("fraud_cleared"));
                List<String> absent = next.stream().filter(a -> !health.implemented(a)).toList();
                Instant last = o.instant("last_at");
                boolean recent = last != null && Duration.between(last, now).getSeconds() < quietSeconds;
                if (!absent.isEmpty()) {
                    absent.forEach(a -> parked.merge(a, 1L, Long::sum));
                    kind = "resumable: waiting for " + String.join(", ", absent) + " (not deployed in this build)";
                } else if (recent) {
                    kind = "still moving when the drain ended";
                    violations.add("order " + o.num("id") + " (" + status + ") was still moving when the drain"
                            + " deadline passed (raise --drain-seconds?)");
                } else {
                    kind = "STUCK";
                    violations.add("order " + o.num("id") + " is stuck in " + status + ": " + String.join(", ", next)
                            + " deployed, nothing happened since " + last);
                }
            }
            classes.computeIfAbsent(kind, k -> new ArrayList<>()).add(o.num("id"));
        }
        StringBuilder s = new StringBuilder("## Every order final or resumable\n\n| status | orders |\n|---|---:|\n");
        byStatus.forEach((status, n) -> s.append("| ").append(status).append(" | ").append(n).append(" |\n"));
        s.append('\n');
        classes.forEach((kind, ids) -> s.append("- ").append(kind).append(": ").append(ids.size())
                .append(kind.equals("final") ? "" : " " + head(ids)).append('\n'));
        // Parked orders resume only if their messages are still in the queue of the agent to come.
        parked.forEach((agent, n) -> {
            Long queued = broker == null ? null : broker.queued().get(agent);
            s.append("- messages waiting in the queue of ").append(agent).append(": ")
                    .append(queued == null ? "unknown (broker not read)" : queued).append(" for ").append(n)
                    .append(" parked order(s) of the run\n");
            if (queued != null && queued < n) {
                violations.add(n + " order(s) wait for " + agent + " but only " + queued + " message(s) are in its"
                        + " queue: some were lost");
            }
        });
        return s.append('\n').toString();
    }

    /** Who moves an order on from this status, by agent key. */
    private static List<String> nextAgents(String status, boolean fraudCleared) {
        return switch (status) {
            case "pending" -> List.of("inventory");
            case "reserved" -> List.of(fraudCleared ? "payment" : "fraud-detection");
            case "confirmed" -> List.of("warehouse");
            case "processing" -> List.of("warehouse", "carrier");
            default -> List.of("order");
        };
    }

    private String moneySection(Map<Long, Row> orders) throws SQLException {
        StringBuilder s = new StringBuilder("## None charged twice\n\n");
        List<Row> money = books.query("select order_id,"
                + " count(*) filter (where transaction_type = 'authorization' and status = 'success') as auths,"
                + " count(*) filter (where transaction_type in ('capture', 'charge') and status = 'success')"
                + " as captures,"
                + " count(*) filter (where transaction_type = 'void' and status = 'success') as voids,"
                + " count(*) filter (where transaction_type = 'refund' and status = 'success') as refunds,"
                + " count(*) as n from transactions where order_id > ? group by order_id",
                state.snapshot.lastOrderId());
        long rows = money.stream().mapToLong(r -> r.num("n")).sum();
        if (rows == 0) {
            s.append("No `transactions` rows for the run's orders").append(health.implemented("payment")
                    ? " although the Payment agent is deployed (no order got as far as payment?)."
                    : ": the Payment agent is not deployed in this build, so nothing was charged.").append("\n\n");
            return s.toString();
        }
        long twiceAuthorized = 0;
        long twiceCaptured = 0;
        for (Row r : money) {
            long id = r.num("order_id");
            String status = orders.containsKey(id) ? orders.get(id).text("status") : "?";
            if (r.num("auths") > 1) {
                twiceAuthorized++;
                violations.add("order " + id + " has " + r.num("auths") + " successful authorizations");
            }
            if (r.num("captures") > 1) {
                twiceCaptured++;
                violations.add("order " + id + " has " + r.num("captures") + " successful captures");
            }
            if (r.num("captures") > 0 && !SHIPPED.contains(status)) {
                violations.add("order " + id + " was captured but is " + status);
            }
            if (OrderStages.FAILED.contains(status) && r.num("auths") > 0 && r.num("voids") == 0
                    && r.num("refunds") == 0) {
                violations.add("order " + id + " is " + status + " with its authorization neither voided nor"
                        + " refunded");
            }
        }
        s.append(String.format(Locale.ROOT, "- %d transaction(s) for %d order(s); orders with more than one"
                + " successful authorization: %d; with more than one successful capture or charge: %d.%n%n", rows,
                money.size(), twiceAuthorized, twiceCaptured));
        return s.toString();
    }

    private String stockSection(Map<Long, Row> orders) throws SQLException {
        StringBuilder s = new StringBuilder("## Stock consistent\n\n");
        long after = state.snapshot.lastOrderId();
        long adjustedAfter = state.snapshot.lastAdjustmentId();
        List<Row> rows = books.query("select i.id, i.quantity, i.reserved_quantity,"
                + " coalesce((select sum(r.quantity) from stock_reservations r where r.inventory_id = i.id"
                + " and r.status = 'reserved'), 0) as held,"
                + " coalesce((select sum(r.quantity) from stock_reservations r where r.inventory_id = i.id"
                + " and r.status = 'consumed' and r.order_id > ?), 0) as consumed,"
                + " coalesce((select sum(a.quantity_change) from inventory_adjustments a where a.inventory_id = i.id"
                + " and a.id > ? and a.adjustment_type <> 'sale'), 0) as adjusted,"
                + " coalesce((select sum(a.quantity_change) from inventory_adjustments a where a.inventory_id = i.id"
                + " and a.id > ? and a.adjustment_type = 'sale' and a.reference_id not in"
                + " (select order_number from orders where id > ?)), 0) as older_sales"
                + " from inventory i order by i.id", after, adjustedAfter, adjustedAfter, after);
        int negative = 0;
        int drifted = 0;
        int onHandWrong = 0;
        long consumed = 0;
        long adjusted = 0;
        long olderSales = 0;
        long driftBefore = state.snapshot.stock().values().stream().filter(r -> r.drift() != 0).count();
        for (Row r : rows) {
            long id = r.num("id");
            long quantity = r.num("quantity");
            long reserved = r.num("reserved_quantity");
            if (quantity < 0 || reserved < 0 || reserved > quantity) {
                negative++;
                violations.add("stock row " + id + ": on hand " + quantity + ", reserved " + reserved);
            }
            StockRow before = state.snapshot.stock().get(id);
            long driftThen = before == null ? 0 : before.drift();
            if (reserved - r.num("held") != driftThen) {
                drifted++;
                violations.add("stock row " + id + ": reserved " + reserved + " but its open reservations hold "
                        + r.num("held") + (driftThen == 0 ? "" : " (off by " + driftThen + " before the run)"));
            }
            if (before != null) {
                long expected = before.quantity() - r.num("consumed") + r.num("adjusted") + r.num("older_sales");
                if (quantity != expected) {
                    onHandWrong++;
                    violations.add("stock row " + id + ": on hand " + quantity + ", expected " + expected + " ("
                            + before.quantity() + " before, " + r.num("consumed") + " consumed by the run's orders, "
                            + r.num("adjusted") + " adjusted, " + r.num("older_sales") + " sold for older orders)");
                }
            }
            consumed += r.num("consumed");
            adjusted += r.num("adjusted");
            olderSales += r.num("older_sales");
        }
        s.append(String.format(Locale.ROOT, "- %d stock row(s): negative or over-reserved: %d; reserved ≠ sum of"
                + " open reservations: %d%s; on hand ≠ snapshot − consumed + adjustments: %d.%n", rows.size(),
                negative, drifted, driftBefore == 0 ? "" : " (" + driftBefore + " row(s) were off before the run and"
                        + " are compared with that)", onHandWrong));
        s.append(String.format(Locale.ROOT, "- Since the snapshot: %d unit(s) consumed by the run's shipped orders,"
                + " %+d by adjustments (restocks, returns, corrections), %d sold for older orders.%n", consumed,
                adjusted, olderSales));

        int wrongHold = 0;
        int soldTwice = 0;
        long held = 0;
        for (Row o : orders.values()) {
            String status = o.text("status");
            long units = o.num("units");
            long holds = o.num("held");
            long gone = o.num("consumed");
            held += holds;
            long wantHeld = HOLDING.contains(status) ? units : 0;
            long wantGone = SHIPPED.contains(status) ? units : 0;
            if (holds != wantHeld || gone != wantGone) {
                wrongHold++;
                violations.add("order " + o.num("id") + " (" + status + ", " + units + " unit(s)) holds " + holds
                        + " reserved and " + gone + " consumed unit(s); expected " + wantHeld + " and " + wantGone);
            }
            if (o.num("sold") != gone) {
                soldTwice++;
                violations.add("order " + o.num("id") + ": " + gone + " unit(s) consumed but " + o.num("sold")
                        + " recorded as sold");
            }
        }
        s.append(String.format(Locale.ROOT, "- Per order: %d unit(s) held by the run's orders; orders whose"
                + " reservations do not match their status (all units held while reserved, under review, confirmed"
                + " or processing; all consumed once shipped; none after rejection, cancellation or failed payment):"
                + " %d; sale records ≠ consumed units: %d.%n%n", held, wrongHold, soldTwice));
        return s.toString();
    }

    /**
     * Every shipped order has one invoice, and one packing slip and one label per parcel: none lost to the crash,
     * none made twice by a repeated event.
     */
    private String documentsSection(Map<Long, Row> orders) throws SQLException {
        StringBuilder s = new StringBuilder("## Documents, once each\n\n");
        List<Row> rows = books.query("select o.id,"
                + " (select count(*) from shipments p where p.order_id = o.id) as parcels,"
                + " count(d.id) filter (where d.kind = 'invoice') as invoices,"
                + " count(d.id) filter (where d.kind = 'packing_slip') as slips,"
                + " count(distinct d.shipment_id) filter (where d.kind = 'packing_slip') as slip_parcels,"
                + " count(d.id) filter (where d.kind = 'shipping_label') as labels,"
                + " count(distinct d.shipment_id) filter (where d.kind = 'shipping_label') as label_parcels"
                + " from orders o left join documents d on d.order_id = o.id where o.id > ? group by o.id",
                state.snapshot.lastOrderId());
        long documents = 0;
        List<Long> missing = new ArrayList<>();
        List<Long> twice = new ArrayList<>();
        for (Row r : rows) {
            long invoices = r.num("invoices");
            long slips = r.num("slips");
            long labels = r.num("labels");
            documents += invoices + slips + labels;
            if (invoices > 1 || slips > r.num("slip_parcels") || labels > r.num("label_parcels")) {
                twice.add(r.num("id"));
            }
            Row order = orders.get(r.num("id"));
            if (order != null && SHIPPED.contains(order.text("status"))) {
                long parcels = r.num("parcels");
                if (invoices != 1 || r.num("slip_parcels") != parcels || r.num("label_parcels") != parcels) {
                    missing.add(r.num("id"));
                }
            }
        }
        s.append(String.format(Locale.ROOT, "- %d document(s) for the run's orders; shipped orders without their"
                + " invoice or without a packing slip and a label for each parcel: %s; orders with a document"
                + " made twice: %s.%n%n", documents, counted(missing), counted(twice)));
        if (!missing.isEmpty()) {
            violations.add(missing.size() + " shipped order(s) lack a document: " + head(missing));
        }
        if (!twice.isEmpty()) {
            violations.add(twice.size() + " order(s) have a document twice: " + head(twice));
        }
        return s.toString();
    }

    /**
     * Every shipped order's customer was told twice (confirmed, shipped), each logged as sent once; and the mail
     * catcher holds each of those messages. Sending is at least once, so a message sent just before the kill
     * may arrive twice, with the same Message-ID: that is counted, not failed (a mail system keeps one).
     */
    private String mailSection(Map<Long, Row> orders) throws SQLException {
        StringBuilder s = new StringBuilder("## E-mail, once each\n\n");
        List<Row> logged = books.query("select order_id, template, reference, status, recipient"
                + " from customer_messages where order_id > ? order by order_id", state.snapshot.lastOrderId());
        Map<Long, Set<String>> sentByOrder = new TreeMap<>();
        Map<String, String> expected = new TreeMap<>();
        long failed = 0;
        for (Row m : logged) {
            if ("sent".equals(m.text("status"))) {
                sentByOrder.computeIfAbsent(m.num("order_id"), k -> new HashSet<>()).add(m.text("template"));
                expected.put("order-" + m.num("order_id") + "." + m.text("template") + "." + m.text("reference"),
                        m.text("recipient"));
            } else {
                failed++;
            }
        }
        List<Long> untold = orders.values().stream().filter(o -> SHIPPED.contains(o.text("status")))
                .map(o -> o.num("id")).filter(id -> !sentByOrder.getOrDefault(id, Set.of())
                        .containsAll(Set.of("order-confirmed", "order-shipped"))).toList();
        s.append(String.format(Locale.ROOT, "- The message log: %d message(s) sent for the run's orders, %d failed;"
                + " shipped orders without a sent confirmation and shipping message: %s.%n", expected.size(),
                failed, counted(untold)));
        if (!untold.isEmpty()) {
            violations.add(untold.size() + " shipped order(s) lack a sent confirmation or shipping e-mail: "
                    + head(untold));
        }
        if (failed > 0) {
            violations.add(failed + " e-mail(s) of the run's orders are logged as failed");
        }
        if (mailCatcher == null) {
            s.append("- The mail catcher was not read (--mail-api empty): what arrived is not checked.\n\n");
            return s.toString();
        }
        Map<String, Integer> arrived;
        try {
            arrived = mailCatcher.deliveries(new TreeSet<>(expected.values()));
        } catch (IOException e) {
            violations.add("the mail catcher could not be read: " + e.getMessage());
            return s.append("- The mail catcher could not be read: ").append(e.getMessage()).append("\n\n")
                    .toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted while reading the mail catcher");
        }
        long after = state.snapshot.lastOrderId();
        long lost = 0;
        long repeated = 0;
        long unlogged = 0;
        List<String> examples = new ArrayList<>();
        for (String occasion : expected.keySet()) {
            int copies = arrived.getOrDefault(occasion, 0);
            if (copies == 0) {
                lost++;
                examples.add(occasion + " logged as sent, never arrived");
            } else if (copies > 1) {
                repeated++;
            }
        }
        for (String occasion : arrived.keySet()) {
            if (orderOf(occasion) > after && !expected.containsKey(occasion)) {
                unlogged++;
                examples.add(occasion + " arrived, not logged as sent");
            }
        }
        s.append(String.format(Locale.ROOT, "- The mail catcher: of the %d sent, %d never arrived, %d arrived more"
                + " than once (same Message-ID: a send repeated after the kill, kept once by a mail system);"
                + " arrived without being logged as sent: %d.%n%n", expected.size(), lost, repeated, unlogged));
        if (lost + unlogged > 0) {
            violations.add(lost + " e-mail(s) logged as sent never arrived, " + unlogged + " arrived without being"
                    + " logged: " + examples.stream().limit(LISTED).toList());
        }
        return s.toString();
    }

    /** The order a message of the platform is about ({@code order-42.template.reference}), or 0. */
    private static long orderOf(String occasion) {
        int dot = occasion.indexOf('.');
        if (!occasion.startsWith("order-") || dot < 0) {
            return 0;
        }
        try {
            return Long.parseLong(occasion.substring("order-".length(), dot));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String messagesSection() throws SQLException {
        StringBuilder s = new StringBuilder("## Messages\n\n");
        List<Row> dead = books.query("select consumer, coalesce(event_type, '?') as event_type, count(*) as n,"
                + " min(reason) as reason from dead_letters where id > ? group by 1, 2 order by 1, 2",
                state.snapshot.lastDeadLetterId());
        long total = dead.stream().mapToLong(r -> r.num("n")).sum();
        s.append("- Dead letters parked since the snapshot: ").append(total).append('\n');
        dead.forEach(r -> s.append("  - ").append(r.text("consumer")).append(" / ").append(r.text("event_type"))
                .append(" ×").append(r.num("n")).append(": ").append(oneLine(r.text("reason"))).append('\n'));
        long prepared = books.one("select count(*) as n from pg_prepared_xacts where database = current_database()")
                .num("n");
        s.append("- Prepared (in-doubt) transactions left in PostgreSQL: ").append(prepared).append('\n');
        if (prepared > 0) {
            violations.add(prepared + " prepared transaction(s) left in doubt in PostgreSQL (they hold locks)");
        }
        if (broker == null) {
            s.append("- JMS broker: not read (imqcmd unavailable), in-doubt transactions unknown\n");
        } else {
            List<String> fresh = broker.inDoubt().stream()
                    .filter(t -> !state.inDoubtBefore.contains(Broker.transactionId(t))).toList();
            s.append("- Transactions left PREPARED (in doubt) in the JMS broker by this crash: ").append(fresh.size())
                    .append(state.inDoubtBefore.isEmpty() ? "" : " (plus " + state.inDoubtBefore.size()
                            + " left over from before the run)").append('\n');
            fresh.forEach(t -> s.append("  - `").append(t).append("`\n"));
            if (!fresh.isEmpty()) {
                violations.add(fresh.size() + " JMS transaction(s) left PREPARED in the broker after the restart:"
                        + " their messages are neither delivered nor given back (no transaction recovery)");
            }
        }
        s.append("- Report written ").append(DateTimeFormatter.ISO_INSTANT.format(Instant.now().atOffset(
                ZoneOffset.UTC))).append('\n');
        return s.toString();
    }

    private static String oneLine(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }

    private static String counted(List<Long> ids) {
        return ids.isEmpty() ? "0" : ids.size() + " " + head(ids);
    }

    private static String head(List<Long> ids) {
        return ids.size() <= LISTED ? ids.toString() : ids.subList(0, LISTED) + "…";
    }
}
