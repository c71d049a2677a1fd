package com.agora.order.control;

import com.agora.events.OrderCancelled;
import com.agora.order.entity.CustomerOrder;

/**
 * The news of an order cancelled for its recorded reason, to every agent that holds something for it (stock, the
 * payment's authorization, the customer's e-mail), whoever cancelled it: the customer, the merchant, a failed
 * payment or the fraud check.
 */
public final class OrderCancellation {

    private OrderCancellation() {
    }

    public static OrderCancelled of(CustomerOrder order, OrderCancelled.Outcome outcome) {
        return new OrderCancelled(order.getId(), order.getOrderNumber(), order.getCustomerId(),
                OrderParties.contactOf(order), outcome, order.getCancelReason());
    }
}
