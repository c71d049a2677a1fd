package com.agora.order.entity;

import com.agora.persistence.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One parcel of an order as the Order agent follows it: which shipment carries it and how far it got. */
@Entity
@Table(name = "order_shipments")
public class OrderShipment extends IdentifiedEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "shipment_id")
    private Long shipmentId;

    @Column(name = "warehouse_id")
    private Long warehouseId;

    @Column(name = "carrier_code")
    private String carrierCode;

    @Column(name = "tracking_number")
    private String trackingNumber;

    @Column(name = "tracking_url")
    private String trackingUrl;

    /** The last tracking status the carrier reported. */
    @Convert(converter = ParcelStatusConverter.class)
    private ParcelStatus status = ParcelStatus.CREATED;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    public OrderShipment() {
    }

    public OrderShipment(long orderId, long shipmentId, long warehouseId, String carrierCode, String trackingNumber,
            String trackingUrl) {
        this.orderId = orderId;
        this.shipmentId = shipmentId;
        this.warehouseId = warehouseId;
        this.carrierCode = carrierCode;
        this.trackingNumber = trackingNumber;
        this.trackingUrl = trackingUrl;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Long getShipmentId() {
        return shipmentId;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public String getCarrierCode() {
        return carrierCode;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getTrackingUrl() {
        return trackingUrl;
    }

    public ParcelStatus getStatus() {
        return status;
    }

    public void setStatus(ParcelStatus status) {
        this.status = status;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public void setDeliveredAt(Instant deliveredAt) {
        this.deliveredAt = deliveredAt;
    }

    public boolean isDelivered() {
        return status == ParcelStatus.DELIVERED;
    }
}
