package com.agora.events;

import java.math.BigDecimal;

/** The Carrier agent bought a label for a parcel: it has a carrier, a tracking number and a price. */
public record ShipmentCreated(long orderId, long shipmentId, long pickListId, long warehouseId, long carrierId,
        String carrierCode, String serviceLevel, String trackingNumber, String trackingUrl, BigDecimal cost) {
}
