package com.agora.order.entity;

/**
 * How far one parcel of an order got, as its carrier last reported it; stored as the lowercase code in
 * {@code order_shipments.status}.
 */
public enum ParcelStatus {
    /** The carrier has the shipment but has reported nothing yet. */
    CREATED,
    IN_TRANSIT,
    DELIVERED,
    /** The carrier reported a problem on the way; the parcel usually still arrives. */
    EXCEPTION
}
