package com.agora.payment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.events.CustomerContact;
import com.agora.events.EventType;
import com.agora.events.PaymentRefunded;
import com.agora.events.RefundFailed;
import com.agora.events.RefundRequested;
import com.agora.events.TimelineStep;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.entity.TimelineEntry;
import com.agora.kernel.event.PublishedEvents;
import com.agora.kernel.event.ReceivedEvent;
import com.agora.kernel.messaging.UpFrontReads;
import com.agora.kernel.timeline.OrderTimeline;
import com.agora.payment.control.BatchLedgers;
import com.agora.payment.control.GatewayDeadline;
import com.agora.payment.control.PaymentGateway;
import com.agora.payment.control.PaymentLedger;
import com.agora.payment.control.PaymentStore;
import com.agora.payment.entity.PaymentTransaction;
import com.agora.payment.entity.TransactionStatus;
import com.agora.payment.entity.TransactionType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaymentReactionsTest {

    private static final CustomerContact BOB = new CustomerContact("bob@example.com", "Bob");
    private static final long ORDER = 31;

    private final List<PaymentTransaction> rows = new ArrayList<>();
    private final List<Object> published = new ArrayList<>();
    private final List<TimelineStep> steps = new ArrayList<>();
    private final List<BigDecimal> refundsAtGateway = new ArrayList<>();
    private final List<String> questions = new ArrayList<>();
    private final PaymentReactions reactions = new PaymentReactions();

    @BeforeEach
    void wire() {
        rows.add(row(TransactionType.AUTHORIZATION, "40.00", "auth-1"));
        rows.add(row(TransactionType.CAPTURE, "40.00", "capture-1"));
        reactions.store = new PaymentStore() {
            @Override
            public PaymentLedger lockedLedgerOf(long orderId) {
                questions.add("ledger of " + orderId);
                return PaymentLedger.of(rows.stream().filter(r -> r.getOrderId() == orderId).toList());
            }

            @Override
            public Map<Long, List<PaymentTransaction>> lockedTransactionsOf(Collection<Long> orderIds) {
                questions.add("ledgers of " + orderIds);
                return rows.stream().filter(r -> orderIds.contains(r.getOrderId()))
                        .collect(Collectors.groupingBy(PaymentTransaction::getOrderId));
            }

            @Override
            public boolean refundedForReturn(long orderId, long returnId) {
                return rows.stream().anyMatch(r -> Long.valueOf(returnId).equals(r.getReturnId())
                        && r.getType() == TransactionType.REFUND && r.succeeded());
            }

            @Override
            public void record(PaymentTransaction attempt) {
                attempt.setId(100L + rows.size());
                rows.add(attempt);
            }
        };
        reactions.ledgers = new BatchLedgers(reactions.store, new UpFrontReads());
        reactions.gateway = new PaymentGateway() {
            @Override
            public String name() {
                return "test";
            }

            @Override
            public String tokenize(String cardNumber, int expiryMonth, int expiryYear) {
                throw new AssertionError("no card is stored here");
            }

            @Override
            public GatewayResult authorize(String token, BigDecimal amount, String currency, String reference) {
                throw new AssertionError("nothing is authorized here");
            }

            @Override
            public GatewayResult capture(String authorizationId, BigDecimal amount, String currency) {
                throw new AssertionError("nothing is captured here");
            }

            @Override
            public GatewayResult voidAuthorization(String authorizationId) {
                throw new AssertionError("nothing is voided here");
            }

            @Override
            public GatewayResult refund(String captureId, BigDecimal amount, String currency) {
                refundsAtGateway.add(amount);
                return GatewayResult.approved("refund-" + refundsAtGateway.size());
            }
        };
        reactions.deadline = new GatewayDeadline() {
            @Override
            public <T> Optional<T> within(Callable<T> call) {
                try {
                    return Optional.ofNullable(call.call());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        reactions.timeline = new OrderTimeline() {
            @Override
            public TimelineEntry record(long orderId, Agent agent, TimelineStep step, String detail) {
                steps.add(step);
                return null;
            }
        };
        reactions.events = new PublishedEvents(published);
    }

    @Test
    void aPartialRefundTellsTheOrdersNumberCustomerAndCurrencyAlong() {
        reactions.refundPayment(new RefundRequested(ORDER, BOB, 8L, new BigDecimal("15.00"), "damaged"));

        assertEquals(List.of(new BigDecimal("15.00")), refundsAtGateway);
        PaymentRefunded refunded = (PaymentRefunded) published.get(0);
        assertEquals("AG-31", refunded.orderNumber());
        assertEquals(5, refunded.customerId());
        assertEquals("EUR", refunded.currency());
        assertEquals(8L, refunded.returnId());
        assertFalse(refunded.fullyRefunded());
    }

    @Test
    void theRestOfTheCapturedMoneyMakesTheOrderFullyRefunded() {
        reactions.refundPayment(new RefundRequested(ORDER, BOB, null, new BigDecimal("15.00"), "damaged"));
        reactions.refundPayment(new RefundRequested(ORDER, BOB, null, new BigDecimal("25.00"), "lost"));

        PaymentRefunded last = (PaymentRefunded) published.get(1);
        assertEquals(new BigDecimal("40.00"), last.refundedInTotal());
        assertTrue(last.fullyRefunded());
    }

    @Test
    void moreThanWasCapturedIsRefusedWithoutAskingTheGateway() {
        reactions.refundPayment(new RefundRequested(ORDER, BOB, null, new BigDecimal("50.00"), "too much"));

        assertTrue(refundsAtGateway.isEmpty());
        assertTrue(published.get(0) instanceof RefundFailed);
        assertEquals(List.of(TimelineStep.REFUND_FAILED), steps);
    }

    @Test
    void aReturnIsRefundedOnceHoweverOftenItIsAskedFor() {
        RefundRequested request = new RefundRequested(ORDER, BOB, 8L, new BigDecimal("15.00"), "damaged");

        reactions.refundPayment(request);
        reactions.refundPayment(request);

        assertEquals(1, refundsAtGateway.size());
        assertEquals(1, published.size());
    }

    @Test
    void aBatchLocksItsOrdersLedgersInOneQueryAndItsLaterEventsSeeWhatTheEarlierRecorded() {
        RefundRequested first = new RefundRequested(ORDER, BOB, null, new BigDecimal("15.00"), "damaged");
        RefundRequested rest = new RefundRequested(ORDER, BOB, null, new BigDecimal("25.00"), "lost");
        RefundRequested uncaptured = new RefundRequested(ORDER + 1, BOB, null, new BigDecimal("5.00"), "late");

        reactions.readAheadFor(List.of(received(first), received(rest), received(uncaptured)));
        reactions.refundPayment(first);
        reactions.refundPayment(rest);
        reactions.refundPayment(uncaptured);

        assertEquals(List.of("ledgers of [" + ORDER + ", " + (ORDER + 1) + "]"), questions);
        assertEquals(List.of(new BigDecimal("15.00"), new BigDecimal("25.00")), refundsAtGateway);
        assertTrue(((PaymentRefunded) published.get(1)).fullyRefunded(), "the second refund saw the first");
        assertTrue(published.get(2) instanceof RefundFailed, "nothing was captured for the other order");
    }

    @Test
    void anEventHandledAloneLocksItsOrdersLedgerAsItGoes() {
        RefundRequested request = new RefundRequested(ORDER, BOB, null, new BigDecimal("15.00"), "damaged");

        reactions.readAheadFor(List.of(received(request)));
        reactions.refundPayment(request);

        assertEquals(List.of("ledger of " + ORDER), questions);
        assertEquals(List.of(new BigDecimal("15.00")), refundsAtGateway);
    }

    private static ReceivedEvent received(RefundRequested request) {
        return new ReceivedEvent(UUID.randomUUID(), EventType.REFUND_REQUESTED, Instant.EPOCH, request.orderId(),
                "returns", request);
    }

    private static PaymentTransaction row(TransactionType type, String amount, String gatewayId) {
        PaymentTransaction row = new PaymentTransaction();
        row.setId(type == TransactionType.AUTHORIZATION ? 1L : 2L);
        row.setOrderId(ORDER);
        row.setOrderNumber("AG-31");
        row.setMerchantId(3L);
        row.setCustomerId(5L);
        row.setType(type);
        row.setStatus(TransactionStatus.SUCCESS);
        row.setAmount(new BigDecimal(amount));
        row.setCurrency("EUR");
        row.setGateway("test");
        row.setGatewayTransactionId(gatewayId);
        return row;
    }
}
