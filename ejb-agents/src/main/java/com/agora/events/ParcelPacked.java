package com.agora.events;

import java.math.BigDecimal;

/** A pick list was picked and packed; the parcel waits for a carrier. */
public record ParcelPacked(long orderId, long pickListId, long warehouseId, String warehouseCode,
        long shippingAddressId, String serviceLevel, BigDecimal weightKg, int units) {
}
