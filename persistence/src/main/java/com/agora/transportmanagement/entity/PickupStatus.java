package com.agora.transportmanagement.entity;

/** A pickup is scheduled until the carrier's driver has collected its parcels. */
public enum PickupStatus {
    SCHEDULED,
    COLLECTED
}
