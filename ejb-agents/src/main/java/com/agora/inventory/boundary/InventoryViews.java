package com.agora.inventory.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** What clients send to and see of the stock. */
public final class InventoryViews {

    private InventoryViews() {
    }

    public record StockView(long inventoryId, long productId, long variantId, String sku, String productName,
            long merchantId, long warehouseId, String warehouseCode, int quantity, int reserved, int available,
            int reorderPoint, boolean low) {
    }

    /** One recorded change of on-hand stock, with who made it and why. */
    public record AdjustmentView(long id, long inventoryId, long variantId, String sku, String warehouseCode,
            String type, int quantityChange, String reason, String referenceId, String performedBy,
            Instant createdAt) {
    }

    public record WarehouseView(long id, String code, String name, String city, String country, Integer capacity,
            boolean active) {
    }

    public record StockFilter(Long warehouseId, Long productId, Long variantId, Boolean lowOnly) {
    }

    /** Names the stock row by its id, or by variant and warehouse (which also starts stocking a new variant). */
    public record StockAdjustment(
            Long inventoryId,
            Long variantId,
            Long warehouseId,
            @NotBlank String type,
            @NotNull Integer quantityChange,
            @NotBlank @Size(max = 500) String reason,
            @Size(max = 100) String referenceId) {
    }
}
