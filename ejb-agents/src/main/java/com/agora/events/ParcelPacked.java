package com.agora.events;

import java.math.BigDecimal;

/**
 * A pick list was picked and packed; the parcel waits for a carrier. It says whose parcel it is and where it
 * starts its journey, so the carrier asks the warehouse nothing.
 */
public record ParcelPacked(long orderId, long pickListId, long merchantId, long warehouseId, String warehouseCode,
        String originState, String originCountry, long shippingAddressId, String serviceLevel, BigDecimal weightKg,
        int units) {
}
