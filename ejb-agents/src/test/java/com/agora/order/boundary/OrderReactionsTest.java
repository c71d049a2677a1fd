package com.agora.order.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.events.FraudAssessed;
import com.agora.events.OrderCancelled;
import com.agora.events.PaymentAuthorized;
import com.agora.events.PaymentFailed;
import com.agora.events.PaymentRequested;
import com.agora.events.TimelineStep;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.entity.TimelineEntry;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.event.PublishedEvents;
import com.agora.kernel.timeline.OrderTimeline;
import com.agora.order.control.OrderStore;
import com.agora.order.entity.CustomerOrder;
import com.agora.order.entity.OrderStatus;
import com.agora.order.entity.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderReactionsTest {

    private static final long ORDER = 51;

    private final CustomerOrder order = new CustomerOrder();
    private final List<Object> published = new ArrayList<>();
    private final OrderReactions reactions = new OrderReactions();

    @BeforeEach
    void wire() {
        order.setId(ORDER);
        order.setOrderNumber("AG-51");
        order.setMerchantId(3L);
        order.setCustomerId(5L);
        order.setStatus(OrderStatus.RESERVED);
        order.setTotal(new BigDecimal("80.00"));
        order.setCurrency("USD");
        reactions.store = new OrderStore() {
            @Override
            public CustomerOrder locked(long id) {
                return order;
            }
        };
        reactions.timeline = new OrderTimeline() {
            @Override
            public TimelineEntry record(long orderId, Agent agent, TimelineStep step, String detail) {
                return null;
            }
        };
        reactions.events = new PublishedEvents(published);
    }

    @Test
    void aClearedOrderIsChargedNext() {
        reactions.fraudAssessed(assessed(FraudAssessed.Verdict.CLEARED));

        assertEquals(OrderStatus.RESERVED, order.getStatus());
        PaymentRequested request = (PaymentRequested) published.get(0);
        assertEquals(new BigDecimal("80.00"), request.amount());
    }

    @Test
    void aMediumRiskWaitsForReviewAndAHighRiskIsCalledBack() {
        reactions.fraudAssessed(assessed(FraudAssessed.Verdict.REVIEW_REQUIRED));
        assertEquals(OrderStatus.UNDER_REVIEW, order.getStatus());
        assertTrue(published.isEmpty());

        reactions.fraudAssessed(assessed(FraudAssessed.Verdict.REJECTED));
        assertEquals(OrderStatus.REJECTED, order.getStatus());
        assertEquals(OrderCancelled.Outcome.FRAUD_REJECTED, ((OrderCancelled) published.get(0)).outcome());
    }

    @Test
    void anAuthorizationAfterTheOrderWasCancelledIsGivenBack() {
        order.setStatus(OrderStatus.CANCELLED);

        reactions.paymentAuthorized(new PaymentAuthorized(ORDER, 9, new BigDecimal("80.00"), "USD"));

        assertEquals(OrderStatus.CANCELLED, order.getStatus());
        assertEquals(OrderCancelled.Outcome.CANCELLED, ((OrderCancelled) published.get(0)).outcome());
    }

    @Test
    void aDeclinedPaymentEndsAReservedOrderAndGivesItsStockBack() {
        reactions.paymentFailed(new PaymentFailed(ORDER, 5, 9, new BigDecimal("80.00"), "insufficient funds", false,
                Instant.parse("2026-12-03T10:00:00Z")));

        assertEquals(OrderStatus.PAYMENT_FAILED, order.getStatus());
        assertEquals(PaymentStatus.FAILED, order.getPaymentStatus());
        assertEquals(OrderCancelled.Outcome.PAYMENT_FAILED, ((OrderCancelled) published.get(0)).outcome());
    }

    @Test
    void aVerdictTheStatusMachineDoesNotAllowIsRefused() {
        order.setStatus(OrderStatus.PENDING);

        assertThrows(DomainProblem.class,
                () -> reactions.fraudAssessed(assessed(FraudAssessed.Verdict.REVIEW_REQUIRED)));
    }

    private static FraudAssessed assessed(FraudAssessed.Verdict verdict) {
        return new FraudAssessed(ORDER, 1, 50, verdict, List.of("new account"), null);
    }
}
