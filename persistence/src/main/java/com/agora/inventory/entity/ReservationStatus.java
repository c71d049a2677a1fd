package com.agora.inventory.entity;

/**
 * State of a stock reservation: held for an order, given back, or turned into a shipment.
 */
public enum ReservationStatus {
    RESERVED,
    RELEASED,
    CONSUMED
}
