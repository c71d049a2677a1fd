package com.agora.order.boundary;

import com.agora.kernel.error.Codes;
import com.agora.kernel.paging.ListSearch;
import com.agora.order.entity.CustomerOrder;
import com.agora.order.entity.OrderAllocation;
import com.agora.order.entity.OrderLine;
import com.agora.order.entity.OrderShipment;
import com.agora.persistence.PostalAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** What clients send to place an order and what they see of orders. */
public final class OrderViews {

    private OrderViews() {
    }

    /** Quantities and variants only: prices always come from the catalog. */
    public record PlaceOrder(
            Long customerId,
            Long shippingAddressId,
            Long billingAddressId,
            @NotEmpty @Size(max = 100) List<@Valid @NotNull Item> items,
            @Size(max = 1000) String customerNotes,
            Long paymentMethodId,
            @Pattern(regexp = "standard|express|overnight",
                    message = "must be standard, express or overnight") String serviceLevel) {
    }

    public record Item(@NotNull Long variantId, @NotNull @Min(1) @Max(1000) Integer quantity) {
    }

    public record CancelOrder(@Size(max = 500) String reason) {
    }

    /** What a list of orders is narrowed to; the search's period is when the orders were placed. */
    public record OrderFilter(String status, Long merchantId, Long customerId, ListSearch search) {
    }

    public record OrderSummary(long id, String orderNumber, String status, String paymentStatus,
            String fulfillmentStatus, long customerId, long merchantId, BigDecimal total, String currency,
            Instant createdAt) {
    }

    public record OrderView(long id, String orderNumber, String status, String paymentStatus, String fulfillmentStatus,
            long customerId, long merchantId, Long shippingAddressId, Long billingAddressId, PostalAddress shipTo,
            PostalAddress billTo, BigDecimal subtotal,
            BigDecimal tax, BigDecimal shippingCost, BigDecimal discount, BigDecimal total, String currency,
            String customerNotes, String cancelReason, Long paymentMethodId, String serviceLevel,
            List<LineView> lines, List<AllocationView> allocations, List<ShipmentView> shipments,
            List<TimelineEntry> timeline, Instant createdAt, Instant confirmedAt, Instant shippedAt,
            Instant deliveredAt, Instant cancelledAt) {
    }

    /** Units of a variant held for the order in one warehouse. */
    public record AllocationView(long variantId, long warehouseId, String warehouseCode, int quantity) {
    }

    public record ShipmentView(long shipmentId, long warehouseId, String carrierCode, String trackingNumber,
            String trackingUrl, String status, Instant deliveredAt) {
    }

    public record LineView(long id, long productId, long variantId, String sku, String name, int quantity,
            BigDecimal unitPrice, BigDecimal totalPrice) {
    }

    public record TimelineEntry(String agent, String eventType, String detail, Instant occurredAt) {
    }

    static OrderSummary summary(CustomerOrder o) {
        return new OrderSummary(o.getId(), o.getOrderNumber(), Codes.code(o.getStatus()), Codes.code(o.getPaymentStatus()),
                Codes.code(o.getFulfillmentStatus()), o.getCustomerId(), o.getMerchantId(), o.getTotal(), o.getCurrency(),
                o.getCreatedAt());
    }

    static OrderView view(CustomerOrder o, List<OrderAllocation> allocations, List<OrderShipment> shipments,
            List<com.agora.kernel.entity.TimelineEntry> timeline) {
        return new OrderView(o.getId(), o.getOrderNumber(), Codes.code(o.getStatus()), Codes.code(o.getPaymentStatus()),
                Codes.code(o.getFulfillmentStatus()), o.getCustomerId(), o.getMerchantId(), o.getShippingAddressId(),
                o.getBillingAddressId(), o.getShipTo(), o.getBillTo(), o.getSubtotal(), o.getTax(), o.getShippingCost(), o.getDiscount(),
                o.getTotal(), o.getCurrency(), o.getCustomerNotes(), o.getCancelReason(), o.getPaymentMethodId(),
                o.getServiceLevel(),
                o.getLines().stream().sorted(Comparator.comparing(OrderLine::getId,
                                Comparator.nullsLast(Comparator.naturalOrder())))
                        .map(l -> new LineView(l.getId(), l.getProductId(), l.getVariantId(), l.getSku(), l.getName(),
                                l.getQuantity(), l.getUnitPrice(), l.getTotalPrice()))
                        .toList(),
                allocations.stream().map(a -> new AllocationView(a.getVariantId(), a.getWarehouseId(),
                        a.getWarehouseCode(), a.getQuantity())).toList(),
                shipments.stream().map(sh -> new ShipmentView(sh.getShipmentId(), sh.getWarehouseId(),
                        sh.getCarrierCode(), sh.getTrackingNumber(), sh.getTrackingUrl(), Codes.code(sh.getStatus()),
                        sh.getDeliveredAt())).toList(),
                timeline.stream().map(e -> new TimelineEntry(e.getAgent(), e.getEventType(), e.getDetail(),
                        e.getOccurredAt())).toList(),
                o.getCreatedAt(), o.getConfirmedAt(), o.getShippedAt(), o.getDeliveredAt(), o.getCancelledAt());
    }
}
