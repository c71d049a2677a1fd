package com.agora.order.control;

import com.agora.kernel.error.DomainProblem;
import com.agora.order.entity.OrderStatus;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The order status machine: which status may follow which. Terminal statuses allow nothing. */
public final class OrderLifecycle {

    private static final Map<OrderStatus, Set<OrderStatus>> NEXT = Map.ofEntries(
            Map.entry(OrderStatus.PENDING, EnumSet.of(OrderStatus.RESERVED, OrderStatus.REJECTED,
                    OrderStatus.CANCELLED)),
            Map.entry(OrderStatus.RESERVED, EnumSet.of(OrderStatus.UNDER_REVIEW, OrderStatus.CONFIRMED,
                    OrderStatus.REJECTED, OrderStatus.PAYMENT_FAILED, OrderStatus.CANCELLED)),
            // An approved review goes back to waiting for the payment authorization.
            Map.entry(OrderStatus.UNDER_REVIEW, EnumSet.of(OrderStatus.RESERVED, OrderStatus.REJECTED,
                    OrderStatus.CANCELLED)),
            Map.entry(OrderStatus.CONFIRMED, EnumSet.of(OrderStatus.PROCESSING, OrderStatus.SHIPPED,
                    OrderStatus.CANCELLED)),
            // Once a parcel has a shipment, the order can no longer be called back.
            Map.entry(OrderStatus.PROCESSING, EnumSet.of(OrderStatus.SHIPPED)),
            Map.entry(OrderStatus.SHIPPED, EnumSet.of(OrderStatus.DELIVERED)),
            Map.entry(OrderStatus.DELIVERED, EnumSet.of(OrderStatus.REFUNDED)),
            Map.entry(OrderStatus.REJECTED, EnumSet.noneOf(OrderStatus.class)),
            Map.entry(OrderStatus.PAYMENT_FAILED, EnumSet.noneOf(OrderStatus.class)),
            Map.entry(OrderStatus.CANCELLED, EnumSet.noneOf(OrderStatus.class)),
            Map.entry(OrderStatus.REFUNDED, EnumSet.noneOf(OrderStatus.class)));

    private OrderLifecycle() {
    }

    public static boolean allows(OrderStatus from, OrderStatus to) {
        return NEXT.getOrDefault(from, Set.of()).contains(to);
    }

    public static void requireTransition(String orderNumber, OrderStatus from, OrderStatus to) {
        if (!allows(from, to)) {
            throw DomainProblem.conflict("order " + orderNumber + " is " + label(from) + " and cannot become "
                    + label(to));
        }
    }

    public static String label(OrderStatus status) {
        return status.name().toLowerCase().replace('_', ' ');
    }

    /** Final: nothing will happen to the order any more, except returns after delivery. */
    public static boolean isFinal(OrderStatus status) {
        return NEXT.get(status).isEmpty();
    }
}
