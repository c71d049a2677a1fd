package com.agora.order.entity;

import com.agora.persistence.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * Units of one variant the Inventory agent holds for an order in one warehouse, as it reported them. The Order
 * agent keeps its own copy so it knows the parcels to wait for without reading Inventory's tables.
 */
@Entity
@Table(name = "order_allocations")
public class OrderAllocation extends IdentifiedEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "variant_id")
    private Long variantId;

    @Column(name = "warehouse_id")
    private Long warehouseId;

    @Column(name = "warehouse_code")
    private String warehouseCode;

    private int quantity;

    public OrderAllocation() {
    }

    public OrderAllocation(long orderId, long variantId, long warehouseId, String warehouseCode, int quantity) {
        this.orderId = orderId;
        this.variantId = variantId;
        this.warehouseId = warehouseId;
        this.warehouseCode = warehouseCode;
        this.quantity = quantity;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Long getVariantId() {
        return variantId;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public String getWarehouseCode() {
        return warehouseCode;
    }

    public int getQuantity() {
        return quantity;
    }
}
