package com.agora.inventory.entity;

import com.agora.persistence.IdentifiedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One line of the stock ledger: who changed which stock row, by how much and why.
 */
@Entity
@Table(name = "inventory_adjustments")
public class InventoryAdjustment extends IdentifiedEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "inventory_id")
    private Long inventoryId;

    @Convert(converter = AdjustmentTypeConverter.class)
    @Column(name = "adjustment_type")
    private AdjustmentType adjustmentType;

    /** Signed: positive adds stock, negative removes it; never zero. */
    @Column(name = "quantity_change")
    private int quantityChange;

    private String reason;

    @Column(name = "reference_id")
    private String referenceId;

    @Column(name = "performed_by")
    private Long performedBy;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    public Long getInventoryId() {
        return inventoryId;
    }

    public void setInventoryId(Long inventoryId) {
        this.inventoryId = inventoryId;
    }

    public AdjustmentType getAdjustmentType() {
        return adjustmentType;
    }

    public void setAdjustmentType(AdjustmentType adjustmentType) {
        this.adjustmentType = adjustmentType;
    }

    public int getQuantityChange() {
        return quantityChange;
    }

    public void setQuantityChange(int quantityChange) {
        this.quantityChange = quantityChange;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getReferenceId() {
        return referenceId;
    }

    public void setReferenceId(String referenceId) {
        this.referenceId = referenceId;
    }

    public Long getPerformedBy() {
        return performedBy;
    }

    public void setPerformedBy(Long performedBy) {
        this.performedBy = performedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
