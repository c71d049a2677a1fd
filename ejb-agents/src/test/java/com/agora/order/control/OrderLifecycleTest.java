package com.agora.order.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.kernel.error.DomainProblem;
import com.agora.order.entity.OrderStatus;
import org.junit.jupiter.api.Test;

class OrderLifecycleTest {

    @Test
    void aPendingOrderIsReservedOrRejectedByStock() {
        assertTrue(OrderLifecycle.allows(OrderStatus.PENDING, OrderStatus.RESERVED));
        assertTrue(OrderLifecycle.allows(OrderStatus.PENDING, OrderStatus.REJECTED));
        assertFalse(OrderLifecycle.allows(OrderStatus.PENDING, OrderStatus.CONFIRMED));
        assertFalse(OrderLifecycle.allows(OrderStatus.PENDING, OrderStatus.SHIPPED));
    }

    @Test
    void onlyAnAuthorizedPaymentConfirmsAReservedOrder() {
        assertTrue(OrderLifecycle.allows(OrderStatus.RESERVED, OrderStatus.CONFIRMED));
        assertTrue(OrderLifecycle.allows(OrderStatus.RESERVED, OrderStatus.PAYMENT_FAILED));
        assertTrue(OrderLifecycle.allows(OrderStatus.RESERVED, OrderStatus.UNDER_REVIEW));
        assertFalse(OrderLifecycle.allows(OrderStatus.UNDER_REVIEW, OrderStatus.CONFIRMED),
                "a reviewed order still needs its payment authorized");
        assertTrue(OrderLifecycle.allows(OrderStatus.UNDER_REVIEW, OrderStatus.RESERVED));
    }

    @Test
    void anOrderWithAShipmentCanNoLongerBeCancelled() {
        assertTrue(OrderLifecycle.allows(OrderStatus.CONFIRMED, OrderStatus.CANCELLED));
        assertFalse(OrderLifecycle.allows(OrderStatus.PROCESSING, OrderStatus.CANCELLED));
        assertEquals("payment failed", OrderLifecycle.label(OrderStatus.PAYMENT_FAILED));
    }

    @Test
    void shippedOrdersCannotBeCancelled() {
        DomainProblem problem = assertThrows(DomainProblem.class,
                () -> OrderLifecycle.MACHINE.requireMove("AG-1", OrderStatus.SHIPPED, OrderStatus.CANCELLED));
        assertEquals(DomainProblem.Kind.CONFLICT, problem.kind());
        assertDoesNotThrow(() -> OrderLifecycle.MACHINE.requireMove("AG-1", OrderStatus.CONFIRMED, OrderStatus.CANCELLED));
    }

    @Test
    void everyOrderIsPlacedPending() {
        assertEquals(OrderStatus.PENDING, OrderLifecycle.MACHINE.start(OrderStatus.PENDING));
        assertThrows(DomainProblem.class, () -> OrderLifecycle.MACHINE.start(OrderStatus.CONFIRMED));
    }

    @Test
    void finalStatusesAllowNothing() {
        for (OrderStatus next : OrderStatus.values()) {
            assertFalse(OrderLifecycle.allows(OrderStatus.CANCELLED, next));
            assertFalse(OrderLifecycle.allows(OrderStatus.REJECTED, next));
            assertFalse(OrderLifecycle.allows(OrderStatus.PAYMENT_FAILED, next));
        }
        assertTrue(OrderLifecycle.isFinal(OrderStatus.PAYMENT_FAILED));
        assertFalse(OrderLifecycle.isFinal(OrderStatus.DELIVERED), "a delivered order can still be refunded");
    }
}
