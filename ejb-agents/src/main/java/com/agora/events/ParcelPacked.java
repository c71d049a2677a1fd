package com.agora.events;

import com.agora.persistence.PostalAddress;
import java.math.BigDecimal;
import java.util.List;

/**
 * A pick list was picked and packed; the parcel waits for a carrier. It says whose parcel it is, where it starts
 * and ends its journey and what is in it, so the carrier asks the warehouse and the customer nothing and its
 * paperwork asks the order nothing.
 */
public record ParcelPacked(long orderId, String orderNumber, long pickListId, long merchantId, long customerId,
        long warehouseId, String warehouseCode, String originState, String originCountry, PostalAddress shipTo,
        String serviceLevel, BigDecimal weightKg, int units, List<Item> items) {

    /** Units of one product variant in the parcel. */
    public record Item(String sku, String name, int quantity) {
    }
}
