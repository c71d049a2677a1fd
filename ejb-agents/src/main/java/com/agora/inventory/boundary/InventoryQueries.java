package com.agora.inventory.boundary;

import com.agora.inventory.boundary.InventoryViews.AdjustmentView;
import com.agora.inventory.boundary.InventoryViews.StockFilter;
import com.agora.inventory.boundary.InventoryViews.StockView;
import com.agora.inventory.boundary.InventoryViews.WarehouseView;
import com.agora.inventory.control.InventoryStore;
import com.agora.inventory.control.InventoryStore.AdjustmentLine;
import com.agora.inventory.control.StockAdjustmentRules;
import com.agora.inventory.entity.InventoryAdjustment;
import com.agora.inventory.entity.InventoryItem;
import com.agora.inventory.entity.Warehouse;
import com.agora.kernel.error.Codes;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.kernel.security.Caller;
import com.agora.product.entity.Product;
import com.agora.product.entity.ProductVariant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Stock, its adjustment history and the warehouses, for the API and the consoles. */
@Stateless
public class InventoryQueries {

    /** Who the adjustments list names for a change no user made. */
    public static final String SYSTEM_PERFORMER = "system";

    @Inject
    InventoryStore store;

    /** Merchants see only their own products' stock. */
    public Page<StockView> listStock(Caller caller, StockFilter filter, PageRequest page) {
        return store.stock(caller.isMerchant() ? Long.valueOf(caller.ownMerchantId()) : null, filter.warehouseId(),
                        filter.productId(), filter.variantId(), Boolean.TRUE.equals(filter.lowOnly()), page)
                .map(line -> view(line.item(), line.variant(), line.product(), line.warehouse()));
    }

    /** The adjustment history, newest first; merchants see only their own products' stock. */
    public Page<AdjustmentView> listAdjustments(Caller caller, Long inventoryId, PageRequest page) {
        Page<AdjustmentLine> found = store.adjustments(caller.isMerchant() ? Long.valueOf(caller.ownMerchantId())
                : null, inventoryId, page);
        Map<Long, String> usernames = store.usernames(found.items().stream()
                .map(line -> line.adjustment().getPerformedBy()).filter(Objects::nonNull).distinct().toList());
        return found.map(line -> {
            InventoryAdjustment a = line.adjustment();
            return new AdjustmentView(a.getId(), a.getInventoryId(), line.variantId(), line.sku(),
                    line.warehouseCode(), Codes.code(a.getAdjustmentType()), a.getQuantityChange(), a.getReason(),
                    a.getReferenceId(), performer(usernames, a.getPerformedBy()), a.getCreatedAt());
        });
    }

    public List<WarehouseView> listWarehouses() {
        return store.warehouses().stream()
                .map(w -> new WarehouseView(w.getId(), w.getCode(), w.getName(), w.getCity(), w.getCountry(),
                        w.getCapacity(), w.isActive()))
                .toList();
    }

    static StockView view(InventoryItem i, ProductVariant v, Product p, Warehouse w) {
        int available = i.getQuantity() - i.getReservedQuantity();
        return new StockView(i.getId(), i.getProductId(), i.getVariantId(), v.getSku(), p.getName(), p.getMerchantId(),
                w.getId(), w.getCode(), i.getQuantity(), i.getReservedQuantity(), available, i.getReorderPoint(),
                StockAdjustmentRules.isLow(available, i.getReorderPoint()));
    }

    /** Sales, releases and restocks by the agents have no user; they are listed as made by the system. */
    private static String performer(Map<Long, String> usernames, Long userId) {
        return userId == null ? SYSTEM_PERFORMER : usernames.get(userId);
    }
}
