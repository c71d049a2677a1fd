package com.agora.carrier.entity;

/** Where a parcel is on its way; stored as the lowercase code in {@code shipments.status}. */
public enum ShipmentStatus {
    PENDING,
    IN_TRANSIT,
    /** The carrier reported a problem on the way; the parcel usually still arrives. */
    EXCEPTION,
    DELIVERED,
    FAILED,
    RETURNED
}
