package com.agora.order.control;

import com.agora.kernel.lifecycle.StatusMachine;
import com.agora.order.entity.OrderStatus;
import java.util.Locale;

/** The order status machine: which status may follow which. Terminal statuses allow nothing. */
public final class OrderLifecycle {

    public static final StatusMachine<OrderStatus> MACHINE = StatusMachine.of(OrderStatus.class, "order")
            .starting(OrderStatus.PENDING)
            .allow(OrderStatus.PENDING, OrderStatus.RESERVED, OrderStatus.REJECTED, OrderStatus.CANCELLED)
            .allow(OrderStatus.RESERVED, OrderStatus.UNDER_REVIEW, OrderStatus.CONFIRMED, OrderStatus.REJECTED,
                    OrderStatus.PAYMENT_FAILED, OrderStatus.CANCELLED)
            // An approved review goes back to waiting for the payment authorization.
            .allow(OrderStatus.UNDER_REVIEW, OrderStatus.RESERVED, OrderStatus.REJECTED, OrderStatus.CANCELLED)
            .allow(OrderStatus.CONFIRMED, OrderStatus.PROCESSING, OrderStatus.SHIPPED, OrderStatus.CANCELLED)
            // Once a parcel has a shipment, the order can no longer be called back.
            .allow(OrderStatus.PROCESSING, OrderStatus.SHIPPED)
            .allow(OrderStatus.SHIPPED, OrderStatus.DELIVERED)
            .allow(OrderStatus.DELIVERED, OrderStatus.REFUNDED)
            .finalStatuses(OrderStatus.REJECTED, OrderStatus.PAYMENT_FAILED, OrderStatus.CANCELLED,
                    OrderStatus.REFUNDED)
            .labelled(status -> status.name().toLowerCase(Locale.ROOT).replace('_', ' '))
            .build();

    private OrderLifecycle() {
    }

    public static boolean allows(OrderStatus from, OrderStatus to) {
        return MACHINE.allows(from, to);
    }

    public static String label(OrderStatus status) {
        return MACHINE.label(status);
    }

    /** Final: nothing will happen to the order any more, except returns after delivery. */
    public static boolean isFinal(OrderStatus status) {
        return MACHINE.isFinal(status);
    }
}
