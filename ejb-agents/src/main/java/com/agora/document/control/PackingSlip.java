package com.agora.document.control;

import java.util.List;

/** What goes into one parcel, for the packer and for the customer who opens it. */
public record PackingSlip(String orderNumber, long shipmentId, String warehouseCode, String carrierCode,
        String serviceLevel, String trackingNumber, List<String> shipTo, List<Item> items) {

    public record Item(String sku, String name, int quantity) {
    }

    public String fileName() {
        return "packing-slip-" + orderNumber + "-" + shipmentId + ".pdf";
    }
}
