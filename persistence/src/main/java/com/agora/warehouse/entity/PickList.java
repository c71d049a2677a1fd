package com.agora.warehouse.entity;

import com.agora.persistence.IdentifiedEntity;
import com.agora.persistence.PostalAddress;
import com.agora.persistence.PostalAddressConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The goods of one parcel to take off the shelves of one warehouse and pack: one per order and warehouse.
 */
@Entity
@Table(name = "pick_lists")
public class PickList extends IdentifiedEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "order_number")
    private String orderNumber;

    @Column(name = "merchant_id")
    private Long merchantId;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "warehouse_id")
    private Long warehouseId;

    @Column(name = "shipping_address_id")
    private Long shippingAddressId;

    /** standard, express or overnight: what the customer was promised. */
    @Column(name = "service_level")
    private String serviceLevel;

    /** The order's destination as it was placed, for the carrier. */
    @Convert(converter = PostalAddressConverter.class)
    @Column(name = "ship_to")
    private PostalAddress shipTo;

    @Convert(converter = PickListStatusConverter.class)
    private PickListStatus status = PickListStatus.OPEN;

    private int units;

    @Column(name = "weight_kg")
    private BigDecimal weightKg;

    @Column(name = "picked_by")
    private String pickedBy;

    @Column(name = "packed_by")
    private String packedBy;

    /** Set in Java, so "picked today" counts the warehouse's own clock, not a default. */
    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "picked_at")
    private Instant pickedAt;

    @Column(name = "packed_at")
    private Instant packedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    /** When a carrier took the parcel; a pick list with both times was cancelled while a carrier took it. */
    @Column(name = "shipped_at")
    private Instant shippedAt;

    public Long getOrderId() {
        return orderId;
    }

    public void setOrderId(Long orderId) {
        this.orderId = orderId;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public void setMerchantId(Long merchantId) {
        this.merchantId = merchantId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public void setWarehouseId(Long warehouseId) {
        this.warehouseId = warehouseId;
    }

    public Long getShippingAddressId() {
        return shippingAddressId;
    }

    public void setShippingAddressId(Long shippingAddressId) {
        this.shippingAddressId = shippingAddressId;
    }

    public String getServiceLevel() {
        return serviceLevel;
    }

    public void setServiceLevel(String serviceLevel) {
        this.serviceLevel = serviceLevel;
    }

    public PostalAddress getShipTo() {
        return shipTo;
    }

    public void setShipTo(PostalAddress shipTo) {
        this.shipTo = shipTo;
    }

    public PickListStatus getStatus() {
        return status;
    }

    public void setStatus(PickListStatus status) {
        this.status = status;
    }

    public int getUnits() {
        return units;
    }

    public void setUnits(int units) {
        this.units = units;
    }

    public BigDecimal getWeightKg() {
        return weightKg;
    }

    public void setWeightKg(BigDecimal weightKg) {
        this.weightKg = weightKg;
    }

    public String getPickedBy() {
        return pickedBy;
    }

    public void setPickedBy(String pickedBy) {
        this.pickedBy = pickedBy;
    }

    public String getPackedBy() {
        return packedBy;
    }

    public void setPackedBy(String packedBy) {
        this.packedBy = packedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getPickedAt() {
        return pickedAt;
    }

    public void setPickedAt(Instant pickedAt) {
        this.pickedAt = pickedAt;
    }

    public Instant getPackedAt() {
        return packedAt;
    }

    public void setPackedAt(Instant packedAt) {
        this.packedAt = packedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public void setCancelledAt(Instant cancelledAt) {
        this.cancelledAt = cancelledAt;
    }

    public Instant getShippedAt() {
        return shippedAt;
    }

    public void setShippedAt(Instant shippedAt) {
        this.shippedAt = shippedAt;
    }
}
