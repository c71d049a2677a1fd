package com.agora.warehouse.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What clients and other agents see of pick lists and warehouse load. */
public final class WarehouseViews {

    private WarehouseViews() {
    }

    public record PickListView(long id, long orderId, String orderNumber, long merchantId, long warehouseId,
            String warehouseCode, String status, String serviceLevel, int units, BigDecimal weightKg,
            String pickedBy, String packedBy, Instant createdAt, Instant pickedAt, Instant packedAt,
            Instant cancelledAt, Instant shippedAt, List<LineView> lines) {
    }

    public record LineView(long orderLineId, long variantId, String sku, String name, int quantity,
            BigDecimal unitWeightKg) {
    }

    public record PickListFilter(Long orderId, String status, Long warehouseId) {
    }

    /**
     * How busy a warehouse is today (the shop's day, {@code agora.shop.time-zone}): units of today's pick lists against its daily throughput
     * ({@code capacity}), and the units still waiting on the floor.
     */
    public record UtilisationView(long warehouseId, String code, String name, boolean active, Integer dailyCapacity,
            long unitsToday, long pickListsToday, long unitsWaiting, BigDecimal utilisationPercent) {
    }
}
