package com.agora.carrier.boundary;

import com.agora.kernel.paging.ListSearch;
import java.math.BigDecimal;
import java.time.Instant;

/** What other agents, and through them clients, see of shipments and carriers. */
public final class CarrierViews {

    private CarrierViews() {
    }

    public record ShipmentView(long id, long orderId, Long merchantId, Long pickListId, Long warehouseId,
            Long carrierId, String carrierCode, String carrierName, String serviceLevel, String trackingNumber,
            String trackingUrl, String status, Integer zone, BigDecimal weightKg, BigDecimal shippingCost,
            Instant estimatedDeliveryDate, Instant actualDeliveryDate, Instant createdAt) {
    }

    public record ShipmentFilter(Long orderId, String status, ListSearch search) {
    }

    public record CarrierView(long id, String code, String name, boolean active) {
    }
}
