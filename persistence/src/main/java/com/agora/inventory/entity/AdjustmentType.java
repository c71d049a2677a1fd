package com.agora.inventory.entity;

/**
 * Why an inventory quantity changed; stored as the lowercase code in {@code inventory_adjustments.adjustment_type}.
 */
public enum AdjustmentType {
    RESTOCK,
    SALE,
    DAMAGE,
    RETURN,
    CORRECTION
}
