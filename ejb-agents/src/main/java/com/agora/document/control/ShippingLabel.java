package com.agora.document.control;

import java.util.List;

/** The label on one parcel: the carrier's service, where it comes from and goes to, and its tracking number. */
public record ShippingLabel(String orderNumber, long shipmentId, String carrierCode, String serviceLevel,
        String trackingNumber, String shipFromWarehouse, List<String> shipTo) {

    public String fileName() {
        return "shipping-label-" + orderNumber + "-" + shipmentId + ".pdf";
    }
}
