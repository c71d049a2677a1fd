package com.agora.inventory.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides where an order's units come from. Each variant ships from a single warehouse when one has enough;
 * otherwise it is split across warehouses, largest stock first. It is all or nothing: if any variant cannot be
 * covered, nothing is allocated and the shortages say why.
 */
public final class StockAllocator {

    public record StockLevel(long inventoryId, long variantId, long warehouseId, String warehouseCode, int available) {
    }

    public record Request(long variantId, int quantity) {
    }

    public record Allocation(long inventoryId, long variantId, long warehouseId, String warehouseCode, int quantity) {
    }

    public record Shortage(long variantId, int requested, int available) {
    }

    public record Outcome(List<Allocation> allocations, List<Shortage> shortages) {

        public boolean reserved() {
            return shortages.isEmpty();
        }
    }

    private StockAllocator() {
    }

    public static Outcome allocate(List<Request> requests, List<StockLevel> stock) {
        Map<Long, Integer> wanted = new LinkedHashMap<>();
        for (Request request : requests) {
            if (request.quantity() <= 0) {
                throw new IllegalArgumentException("quantity must be positive for variant " + request.variantId());
            }
            wanted.merge(request.variantId(), request.quantity(), Integer::sum);
        }
        List<Allocation> allocations = new ArrayList<>();
        List<Shortage> shortages = new ArrayList<>();
        wanted.forEach((variantId, quantity) -> {
            List<StockLevel> candidates = stock.stream()
                    .filter(level -> level.variantId() == variantId && level.available() > 0)
                    .sorted(Comparator.comparingInt(StockLevel::available).reversed()
                            .thenComparingLong(StockLevel::warehouseId))
                    .toList();
            int total = candidates.stream().mapToInt(StockLevel::available).sum();
            if (total < quantity) {
                shortages.add(new Shortage(variantId, quantity, total));
                return;
            }
            int remaining = quantity;
            for (StockLevel level : candidates) {
                int take = Math.min(remaining, level.available());
                allocations.add(new Allocation(level.inventoryId(), variantId, level.warehouseId(),
                        level.warehouseCode(), take));
                remaining -= take;
                if (remaining == 0) {
                    break;
                }
            }
        });
        return shortages.isEmpty() ? new Outcome(allocations, List.of()) : new Outcome(List.of(), shortages);
    }
}
