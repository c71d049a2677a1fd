package com.agora.transportmanagement.entity;

import com.agora.persistence.IdentifiedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A shipment waiting in a pickup; a shipment is in one pickup only.
 */
@Entity
@Table(name = "pickup_shipments")
public class PickupShipment extends IdentifiedEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "pickup_id")
    private Long pickupId;

    @Column(name = "shipment_id")
    private Long shipmentId;

    public Long getPickupId() {
        return pickupId;
    }

    public void setPickupId(Long pickupId) {
        this.pickupId = pickupId;
    }

    public Long getShipmentId() {
        return shipmentId;
    }

    public void setShipmentId(Long shipmentId) {
        this.shipmentId = shipmentId;
    }
}
