package com.agora.documentgeneration.entity;

import com.agora.persistence.IdentifiedEntity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A PDF the Document Generation agent made for an order, kept byte for byte as it was issued. Owner columns
 * (merchant, customer) are copied from the order so downloads are scoped without asking the Order agent.
 */
@Entity
@Table(name = "documents")
public class Document extends IdentifiedEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "order_id")
    private long orderId;

    @Column(name = "merchant_id")
    private long merchantId;

    @Column(name = "customer_id")
    private long customerId;

    @Column(name = "shipment_id")
    private Long shipmentId;

    @Convert(converter = DocumentKindConverter.class)
    private DocumentKind kind;

    @Column(name = "file_name")
    private String fileName;

    /** Listings never need the bytes; only a download reads them. */
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    @Column(name = "size_bytes")
    private int sizeBytes;

    /** Set in Java rather than by the column default, so the entity knows it without reading the row back. */
    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    protected Document() {
    }

    public Document(long orderId, long merchantId, long customerId, Long shipmentId, DocumentKind kind,
            String fileName, byte[] content) {
        this.orderId = orderId;
        this.merchantId = merchantId;
        this.customerId = customerId;
        this.shipmentId = shipmentId;
        this.kind = kind;
        this.fileName = fileName;
        this.content = content.clone();
        this.sizeBytes = content.length;
    }

    public long getOrderId() {
        return orderId;
    }

    public long getMerchantId() {
        return merchantId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public Long getShipmentId() {
        return shipmentId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
