package com.agora.warehouse.entity;

/**
 * Where a pick list stands on the warehouse floor, up to the carrier taking its parcel; stored as the lowercase code
 * in {@code pick_lists.status}.
 */
public enum PickListStatus {
    OPEN,
    PICKED,
    PACKED,
    SHIPPED,
    CANCELLED
}
