package com.agora.order.boundary;

import com.agora.order.entity.CustomerOrder;
import com.agora.order.entity.OrderEvent;
import com.agora.order.entity.OrderLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
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
            @Size(max = 1000) String customerNotes) {
    }

    public record Item(@NotNull Long variantId, @NotNull @Min(1) @Max(1000) Integer quantity) {
    }

    public record CancelOrder(@Size(max = 500) String reason) {
    }

    public record OrderFilter(String status, Long merchantId, Long customerId) {
    }

    public record OrderSummary(long id, String orderNumber, String status, String paymentStatus,
            String fulfillmentStatus, long customerId, long merchantId, BigDecimal total, String currency,
            Instant createdAt) {
    }

    public record OrderView(long id, String orderNumber, String status, String paymentStatus, String fulfillmentStatus,
            long customerId, long merchantId, Long shippingAddressId, Long billingAddressId, BigDecimal subtotal,
            BigDecimal tax, BigDecimal shippingCost, BigDecimal discount, BigDecimal total, String currency,
            String customerNotes, String cancelReason, List<LineView> lines, List<TimelineEntry> timeline,
            Instant createdAt, Instant confirmedAt, Instant cancelledAt) {
    }

    public record LineView(long productId, long variantId, String sku, String name, int quantity,
            BigDecimal unitPrice, BigDecimal totalPrice) {
    }

    public record TimelineEntry(String agent, String eventType, String detail, Instant occurredAt) {
    }

    static OrderSummary summary(CustomerOrder o) {
        return new OrderSummary(o.getId(), o.getOrderNumber(), lower(o.getStatus()), lower(o.getPaymentStatus()),
                lower(o.getFulfillmentStatus()), o.getCustomerId(), o.getMerchantId(), o.getTotal(), o.getCurrency(),
                o.getCreatedAt());
    }

    static OrderView view(CustomerOrder o, List<OrderEvent> timeline) {
        return new OrderView(o.getId(), o.getOrderNumber(), lower(o.getStatus()), lower(o.getPaymentStatus()),
                lower(o.getFulfillmentStatus()), o.getCustomerId(), o.getMerchantId(), o.getShippingAddressId(),
                o.getBillingAddressId(), o.getSubtotal(), o.getTax(), o.getShippingCost(), o.getDiscount(),
                o.getTotal(), o.getCurrency(), o.getCustomerNotes(), o.getCancelReason(),
                o.getLines().stream().sorted(Comparator.comparing(OrderLine::getId,
                                Comparator.nullsLast(Comparator.naturalOrder())))
                        .map(l -> new LineView(l.getProductId(), l.getVariantId(), l.getSku(), l.getName(),
                                l.getQuantity(), l.getUnitPrice(), l.getTotalPrice()))
                        .toList(),
                timeline.stream().map(e -> new TimelineEntry(e.getAgent(), e.getEventType(), e.getDetail(),
                        e.getOccurredAt())).toList(),
                o.getCreatedAt(), o.getConfirmedAt(), o.getCancelledAt());
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase();
    }
}
