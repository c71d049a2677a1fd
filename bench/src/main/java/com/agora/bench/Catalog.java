package com.agora.bench;

import com.agora.bench.Api.BenchException;
import com.agora.bench.Api.Reply;
import com.agora.bench.Api.Session;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The variants the run orders from, grouped by merchant because an order may only hold one merchant's items. */
final class Catalog {

    record Variant(long id, long productId, long merchantId, String sku) {
    }

    record Warehouse(long id, String code) {
    }

    record TopUp(int rowsChecked, int restocks, long unitsAdded) {
    }

    private final List<Variant> variants;
    private final Map<Long, List<Variant>> byMerchant;
    private final int customers;

    private Catalog(List<Variant> variants, int customers) {
        this.variants = List.copyOf(variants);
        this.customers = customers;
        Map<Long, List<Variant>> groups = new LinkedHashMap<>();
        for (Variant v : variants) {
            groups.computeIfAbsent(v.merchantId(), m -> new ArrayList<>()).add(v);
        }
        groups.replaceAll((merchant, list) -> List.copyOf(list));
        this.byMerchant = groups;
    }

    /**
     * A fixed, repeatable set of {@code limit} variants of active products, so runs on the same demo data hit the
     * same stock rows and compare fairly. Taken in turn from each merchant (in product-id order within one), since
     * the first products alone would often belong to a single merchant.
     */
    static Catalog discover(Api api, Session session, int limit, int customers) throws IOException, InterruptedException {
        List<Variant> found = new ArrayList<>();
        long pages = 1;
        for (int page = 1; page <= pages; page++) {
            Reply reply = api.get("/api/v1/products?status=active&size=100&page=" + page, session.token());
            if (reply.status() != 200) {
                throw new BenchException("listing products failed: HTTP " + reply.status() + " " + reply.excerpt());
            }
            JsonObject body = reply.object();
            pages = body.getJsonNumber("pages").longValue();
            for (JsonValue item : body.getJsonArray("items")) {
                JsonObject product = item.asJsonObject();
                if (!"active".equalsIgnoreCase(product.getString("status", "active"))) {
                    continue;
                }
                long productId = product.getJsonNumber("id").longValue();
                long merchantId = product.getJsonNumber("merchantId").longValue();
                for (JsonValue v : product.getJsonArray("variants")) {
                    JsonObject variant = v.asJsonObject();
                    found.add(new Variant(variant.getJsonNumber("id").longValue(), productId, merchantId,
                            variant.getString("sku", "?")));
                }
            }
        }
        if (found.isEmpty()) {
            throw new BenchException("no active product with variants: load the demo data (./agora up) first");
        }
        found.sort(Comparator.comparingLong(Variant::merchantId).thenComparingLong(Variant::productId)
                .thenComparingLong(Variant::id));
        List<Deque<Variant>> perMerchant = new ArrayList<>();
        Map<Long, Deque<Variant>> queues = new LinkedHashMap<>();
        for (Variant v : found) {
            queues.computeIfAbsent(v.merchantId(), m -> {
                Deque<Variant> queue = new ArrayDeque<>();
                perMerchant.add(queue);
                return queue;
            }).add(v);
        }
        List<Variant> chosen = new ArrayList<>();
        while (chosen.size() < limit && chosen.size() < found.size()) {
            for (Deque<Variant> queue : perMerchant) {
                if (!queue.isEmpty() && chosen.size() < limit) {
                    chosen.add(queue.poll());
                }
            }
        }
        return new Catalog(chosen, customers);
    }

    static List<Warehouse> activeWarehouses(Api api, Session session) throws IOException, InterruptedException {
        Reply reply = api.get("/api/v1/inventory/warehouses", session.token());
        if (reply.status() != 200) {
            throw new BenchException("listing warehouses failed: HTTP " + reply.status() + " " + reply.excerpt());
        }
        List<Warehouse> result = new ArrayList<>();
        for (JsonValue value : reply.array()) {
            JsonObject w = value.asJsonObject();
            if (w.getBoolean("active", true)) {
                result.add(new Warehouse(w.getJsonNumber("id").longValue(), w.getString("code", "?")));
            }
        }
        if (result.isEmpty()) {
            throw new BenchException("no active warehouse: orders could never be reserved");
        }
        return result;
    }

    /**
     * Brings the available stock of every chosen variant up to {@code target} in each active warehouse, with one
     * restock per row that is short. Topping up to a target rather than adding a fixed amount keeps repeated runs
     * from inflating the demo stock without bound, while the confirmed orders of earlier runs keep holding theirs.
     */
    TopUp topUp(Api api, Session admin, List<Warehouse> warehouses, int target) throws IOException, InterruptedException {
        int checked = 0;
        int restocks = 0;
        long units = 0;
        for (Variant variant : variants) {
            Reply stock = api.get("/api/v1/inventory?variantId=" + variant.id() + "&size=100", admin.token());
            if (stock.status() != 200) {
                throw new BenchException("reading stock of variant " + variant.id() + " failed: HTTP " + stock.status()
                        + " " + stock.excerpt());
            }
            Map<Long, Integer> available = new HashMap<>();
            for (JsonValue row : stock.object().getJsonArray("items")) {
                JsonObject r = row.asJsonObject();
                available.put(r.getJsonNumber("warehouseId").longValue(), r.getInt("available"));
            }
            for (Warehouse warehouse : warehouses) {
                checked++;
                int missing = target - available.getOrDefault(warehouse.id(), 0);
                if (missing <= 0) {
                    continue;
                }
                String body = Api.JSON.createObjectBuilder()
                        .add("variantId", variant.id())
                        .add("warehouseId", warehouse.id())
                        .add("type", "restock")
                        .add("quantityChange", missing)
                        .add("reason", "benchmark stock")
                        .build().toString();
                Reply reply = api.post("/api/v1/inventory/adjustments", admin.token(), body, null);
                if (reply.status() != 201) {
                    throw new BenchException("restocking variant " + variant.id() + " in " + warehouse.code()
                            + " failed: HTTP " + reply.status() + " " + reply.excerpt());
                }
                restocks++;
                units += missing;
            }
        }
        return new TopUp(checked, restocks, units);
    }

    /**
     * One order body: a variant drawn uniformly from the set picks the merchant, so busy merchants get more orders,
     * then up to two more distinct variants of that merchant join it.
     */
    String randomOrder(SplittableRandom random) {
        Variant first = variants.get(random.nextInt(variants.size()));
        List<Variant> sameMerchant = byMerchant.get(first.merchantId());
        int lines = Math.min(1 + random.nextInt(3), sameMerchant.size());
        List<Variant> chosen = new ArrayList<>(lines);
        chosen.add(first);
        while (chosen.size() < lines) {
            Variant next = sameMerchant.get(random.nextInt(sameMerchant.size()));
            if (!chosen.contains(next)) {
                chosen.add(next);
            }
        }
        StringBuilder json = new StringBuilder(128)
                .append("{\"customerId\":").append(1 + random.nextInt(customers)).append(",\"items\":[");
        for (int i = 0; i < chosen.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"variantId\":").append(chosen.get(i).id())
                    .append(",\"quantity\":").append(1 + random.nextInt(2)).append('}');
        }
        return json.append("]}").toString();
    }

    int size() {
        return variants.size();
    }

    int merchants() {
        return byMerchant.size();
    }
}
