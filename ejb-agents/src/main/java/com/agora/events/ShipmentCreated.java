package com.agora.events;

import java.math.BigDecimal;
import java.util.List;

/**
 * The Carrier agent bought a label for a parcel: it has a carrier, a tracking number and a price. It carries what
 * the label and the packing slip print, so they are made from the event alone.
 *
 * @param shipTo the destination address, one printed line each
 * @param items what the warehouse packed in the parcel
 */
public record ShipmentCreated(long orderId, String orderNumber, long merchantId, long customerId, long shipmentId,
        long pickListId, long warehouseId, String warehouseCode, long carrierId, String carrierCode,
        String serviceLevel, String trackingNumber, String trackingUrl, BigDecimal cost, List<String> shipTo,
        List<ParcelPacked.Item> items) {
}
