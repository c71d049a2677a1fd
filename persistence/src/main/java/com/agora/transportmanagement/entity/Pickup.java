package com.agora.transportmanagement.entity;

import com.agora.persistence.TimestampedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A carrier's daily collection of parcels at one warehouse.
 */
@Entity
@Table(name = "pickups")
public class Pickup extends TimestampedEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "carrier_id")
    private Long carrierId;

    @Column(name = "warehouse_id")
    private Long warehouseId;

    @Column(name = "pickup_date")
    private LocalDate pickupDate;

    @Convert(converter = PickupStatusConverter.class)
    private PickupStatus status = PickupStatus.SCHEDULED;

    @Column(name = "collected_at")
    private Instant collectedAt;

    @Column(name = "collected_by")
    private String collectedBy;

    public Long getCarrierId() {
        return carrierId;
    }

    public void setCarrierId(Long carrierId) {
        this.carrierId = carrierId;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public void setWarehouseId(Long warehouseId) {
        this.warehouseId = warehouseId;
    }

    public LocalDate getPickupDate() {
        return pickupDate;
    }

    public void setPickupDate(LocalDate pickupDate) {
        this.pickupDate = pickupDate;
    }

    public PickupStatus getStatus() {
        return status;
    }

    public void setStatus(PickupStatus status) {
        this.status = status;
    }

    public Instant getCollectedAt() {
        return collectedAt;
    }

    public void setCollectedAt(Instant collectedAt) {
        this.collectedAt = collectedAt;
    }

    public String getCollectedBy() {
        return collectedBy;
    }

    public void setCollectedBy(String collectedBy) {
        this.collectedBy = collectedBy;
    }
}
