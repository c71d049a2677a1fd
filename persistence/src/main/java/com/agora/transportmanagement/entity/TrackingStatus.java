package com.agora.transportmanagement.entity;

/** What a carrier may report about a parcel; stored as the lowercase code in {@code tracking_events.status}. */
public enum TrackingStatus {
    IN_TRANSIT,
    DELIVERED,
    /** A problem on the way; the parcel usually still arrives. */
    EXCEPTION
}
