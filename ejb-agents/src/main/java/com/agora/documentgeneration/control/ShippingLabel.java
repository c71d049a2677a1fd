package com.agora.documentgeneration.control;

import com.agora.events.ShipmentCreated;
import java.util.List;

/** The label on one parcel: the carrier's service, where it comes from and goes to, and its tracking number. */
public record ShippingLabel(String orderNumber, long shipmentId, String carrierCode, String serviceLevel,
        String trackingNumber, String shipFromWarehouse, List<String> shipTo) {

    public static ShippingLabel of(ShipmentCreated shipment) {
        return new ShippingLabel(shipment.orderNumber(), shipment.shipmentId(), shipment.carrierCode(),
                shipment.serviceLevel(), shipment.trackingNumber(), shipment.warehouseCode(), shipment.shipTo());
    }

    public String fileName() {
        return "shipping-label-" + orderNumber + "-" + shipmentId + ".pdf";
    }
}
