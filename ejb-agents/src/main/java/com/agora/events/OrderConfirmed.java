package com.agora.events;

import com.agora.persistence.PostalAddress;
import java.math.BigDecimal;
import java.util.List;

/**
 * Stock is held and payment authorized: the order is to be fulfilled, one parcel per warehouse that holds its
 * stock, to the address and for the customer the order recorded.
 */
public record OrderConfirmed(long orderId, String orderNumber, long merchantId, long customerId,
        CustomerContact customer, long shippingAddressId, PostalAddress shipTo, String serviceLevel,
        BigDecimal total, String currency, List<Parcel> parcels) {

    public record Parcel(long warehouseId, String warehouseCode, List<Line> lines) {
    }

    /**
     * @param unitWeightKg what one unit weighs, as the catalog had it when the order was placed; null when it had
     *                     none, and the warehouse weighs the unit at its default
     */
    public record Line(long orderLineId, long productId, long variantId, String sku, String name, int quantity,
            BigDecimal unitWeightKg) {
    }
}
