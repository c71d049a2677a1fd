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
    void aPendingOrderIsConfirmedOrRejectedByStock() {
        assertTrue(OrderLifecycle.allows(OrderStatus.PENDING, OrderStatus.CONFIRMED));
        assertTrue(OrderLifecycle.allows(OrderStatus.PENDING, OrderStatus.REJECTED));
        assertFalse(OrderLifecycle.allows(OrderStatus.PENDING, OrderStatus.SHIPPED));
    }

    @Test
    void shippedOrdersCannotBeCancelled() {
        DomainProblem problem = assertThrows(DomainProblem.class,
                () -> OrderLifecycle.requireTransition("AG-1", OrderStatus.SHIPPED, OrderStatus.CANCELLED));
        assertEquals(DomainProblem.Kind.CONFLICT, problem.kind());
        assertDoesNotThrow(() -> OrderLifecycle.requireTransition("AG-1", OrderStatus.CONFIRMED, OrderStatus.CANCELLED));
    }

    @Test
    void finalStatusesAllowNothing() {
        for (OrderStatus next : OrderStatus.values()) {
            assertFalse(OrderLifecycle.allows(OrderStatus.CANCELLED, next));
            assertFalse(OrderLifecycle.allows(OrderStatus.REJECTED, next));
        }
    }
}
