package com.agora.documentgeneration.entity;

/** What a generated PDF is. An invoice covers the order; a packing slip and a shipping label cover one parcel. */
public enum DocumentKind {
    INVOICE,
    PACKING_SLIP,
    SHIPPING_LABEL;

    /** Invoices are per order; the other kinds belong to a shipment. */
    public boolean perShipment() {
        return this != INVOICE;
    }
}
