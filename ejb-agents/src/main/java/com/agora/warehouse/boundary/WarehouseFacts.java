package com.agora.warehouse.boundary;

import com.agora.warehouse.control.WarehouseStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;

/** What other agents may read of the warehouses: their codes, for pages that name them. Read-only. */
@Stateless
public class WarehouseFacts {

    @Inject
    WarehouseStore store;

    /** Warehouse codes by id. */
    public Map<Long, String> warehouseCodes() {
        return store.warehouseCodes();
    }
}
