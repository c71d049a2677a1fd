package com.agora.documentgeneration.control;

import com.agora.events.ShipmentCreated;
import java.util.Comparator;
import java.util.List;

/** What goes into one parcel, for the packer and for the customer who opens it. */
public record PackingSlip(String orderNumber, long shipmentId, String warehouseCode, String carrierCode,
        String serviceLevel, String trackingNumber, List<String> shipTo, List<Item> items) {

    public record Item(String sku, String name, int quantity) {
    }

    /** The parcel's items by SKU, so a customer checking a long slip against the box finds each line quickly. */
    public static PackingSlip of(ShipmentCreated shipment) {
        return new PackingSlip(shipment.orderNumber(), shipment.shipmentId(), shipment.warehouseCode(),
                shipment.carrierCode(), shipment.serviceLevel(), shipment.trackingNumber(), shipment.shipTo(),
                shipment.items().stream().map(i -> new Item(i.sku(), i.name(), i.quantity()))
                        .sorted(Comparator.comparing(Item::sku)).toList());
    }

    public String fileName() {
        return "packing-slip-" + orderNumber + "-" + shipmentId + ".pdf";
    }
}
