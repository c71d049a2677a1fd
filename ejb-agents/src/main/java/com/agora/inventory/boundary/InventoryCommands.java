package com.agora.inventory.boundary;

import com.agora.inventory.boundary.InventoryViews.StockAdjustment;
import com.agora.inventory.boundary.InventoryViews.StockView;
import com.agora.inventory.control.InventoryStore;
import com.agora.inventory.control.StockAdjustmentRules;
import com.agora.inventory.control.StockAlerts;
import com.agora.inventory.entity.AdjustmentType;
import com.agora.inventory.entity.InventoryItem;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.security.Caller;
import com.agora.product.entity.Product;
import com.agora.product.entity.ProductVariant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What merchants and admins ask of the Inventory agent: stock counted, received, written off. */
@Stateless
public class InventoryCommands {

    @Inject
    InventoryStore store;

    @Inject
    StockAlerts alerts;

    public StockView adjustStock(Caller caller, StockAdjustment request) {
        if (!caller.isAdmin() && !caller.isMerchant()) {
            throw DomainProblem.forbidden("only merchants and admins adjust stock");
        }
        InventoryItem row = stockRowFor(request);
        Product product = store.product(row.getProductId());
        if (!caller.mayActFor(product.getMerchantId())) {
            throw DomainProblem.notFound("stock row", request.inventoryId() != null ? request.inventoryId()
                    : "of variant " + request.variantId() + " in warehouse " + request.warehouseId());
        }
        AdjustmentType type = StockAdjustmentRules.type(request.type());
        int onHand = StockAdjustmentRules.apply(type, row.getQuantity(), row.getReservedQuantity(),
                request.quantityChange());
        row.setQuantity(onHand);
        if (type == AdjustmentType.RESTOCK) {
            row.setLastRestockDate(Instant.now());
        }
        store.record(row, type, request.quantityChange(), request.reason(), request.referenceId(),
                store.userId(caller.username()).orElse(null));
        if (!alerts.raiseIfLow(row)) {
            alerts.resolveIfReplenished(row);
        }
        store.flush();
        return InventoryQueries.view(row, store.variant(row.getVariantId()).orElseThrow(), product,
                store.warehouse(row.getWarehouseId()).orElseThrow());
    }

    /** The stock row the adjustment names, locked; a variant's first stock in a warehouse gets a new row. */
    private InventoryItem stockRowFor(StockAdjustment request) {
        if (request.inventoryId() != null) {
            return store.lockedRow(request.inventoryId())
                    .orElseThrow(() -> DomainProblem.notFound("stock row", request.inventoryId()));
        }
        if (request.variantId() == null || request.warehouseId() == null) {
            throw DomainProblem.invalid(List.of(
                    new DomainProblem.FieldError("inventoryId", "give inventoryId, or variantId and warehouseId"),
                    new DomainProblem.FieldError("variantId", "is required without inventoryId"),
                    new DomainProblem.FieldError("warehouseId", "is required without inventoryId")));
        }
        Optional<InventoryItem> existing = store.lockedRow(request.variantId(), request.warehouseId());
        if (existing.isPresent()) {
            return existing.get();
        }
        ProductVariant variant = store.variant(request.variantId()).orElseThrow(() -> DomainProblem.invalid(
                "variantId", "variant " + request.variantId() + " does not exist"));
        if (store.warehouse(request.warehouseId()).isEmpty()) {
            throw DomainProblem.invalid("warehouseId", "warehouse " + request.warehouseId() + " does not exist");
        }
        InventoryItem row = new InventoryItem();
        row.setProductId(variant.getProduct().getId());
        row.setVariantId(variant.getId());
        row.setWarehouseId(request.warehouseId());
        row.setQuantity(0);
        row.setReservedQuantity(0);
        row.setReorderPoint(10);
        row.setReorderQuantity(50);
        store.add(row);
        return row;
    }
}
