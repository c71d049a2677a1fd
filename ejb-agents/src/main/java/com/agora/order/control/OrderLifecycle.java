package com.agora.order.control;

import com.agora.kernel.error.DomainProblem;
import com.agora.order.entity.OrderStatus;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The order status machine: which status may follow which. Terminal statuses allow nothing. */
public final class OrderLifecycle {

    private static final Map<OrderStatus, Set<OrderStatus>> NEXT = Map.of(
            OrderStatus.PENDING, EnumSet.of(OrderStatus.CONFIRMED, OrderStatus.REJECTED, OrderStatus.CANCELLED),
            OrderStatus.CONFIRMED, EnumSet.of(OrderStatus.PROCESSING, OrderStatus.CANCELLED),
            OrderStatus.PROCESSING, EnumSet.of(OrderStatus.SHIPPED, OrderStatus.CANCELLED),
            OrderStatus.SHIPPED, EnumSet.of(OrderStatus.DELIVERED),
            OrderStatus.DELIVERED, EnumSet.of(OrderStatus.REFUNDED),
            OrderStatus.REJECTED, EnumSet.noneOf(OrderStatus.class),
            OrderStatus.CANCELLED, EnumSet.noneOf(OrderStatus.class),
            OrderStatus.REFUNDED, EnumSet.noneOf(OrderStatus.class));

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
        return status.name().toLowerCase();
    }
}
