package com.agora.payment.boundary;

import com.agora.events.CustomerContact;
import com.agora.events.EventType;
import com.agora.events.OrderCancelled;
import com.agora.events.OrderShipped;
import com.agora.events.PaymentAuthorized;
import com.agora.events.PaymentCaptured;
import com.agora.events.PaymentFailed;
import com.agora.events.PaymentRefunded;
import com.agora.events.PaymentRequested;
import com.agora.events.PaymentVoided;
import com.agora.events.RefundFailed;
import com.agora.events.RefundRequested;
import com.agora.events.TimelineStep;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.agent.BusinessAgent;
import com.agora.kernel.event.EventPublisher;
import com.agora.kernel.timeline.OrderTimeline;
import com.agora.kernel.event.ReceivedEvent;
import com.agora.payment.control.BatchLedgers;
import com.agora.payment.control.GatewayDeadline;
import com.agora.payment.control.PaymentGateway.GatewayResult;
import com.agora.payment.control.PaymentGateway;
import com.agora.payment.control.PaymentLedger;
import com.agora.payment.control.PaymentStore;
import com.agora.payment.control.TransactionLifecycle;
import com.agora.payment.entity.PaymentMethod;
import com.agora.payment.entity.PaymentTransaction;
import com.agora.payment.entity.TransactionStatus;
import com.agora.payment.entity.TransactionType;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * The Payment agent: moves an order's money through the payment gateway as the order progresses: authorize after
 * fraud screening, capture on shipment, void or refund on cancellation, refund on request. Every gateway attempt
 * is a row in {@code transactions}.
 */
@Stateless
@BusinessAgent(Agent.PAYMENT)
public class PaymentReactions {

    static final String GATEWAY_TIMEOUT = "gateway timeout";

    @Inject
    PaymentStore store;

    @Inject
    BatchLedgers ledgers;

    @Inject
    EventPublisher events;

    @Inject
    OrderTimeline timeline;

    @Inject
    PaymentGateway gateway;

    @Inject
    GatewayDeadline deadline;

    /**
     * What a batch of these events needs, read up front: its orders' ledgers, locked, and the cards it charges.
     * Every event of this agent is about an order, its aggregate.
     */
    public void readAheadFor(List<ReceivedEvent> events) {
        Set<Long> orders = events.stream().map(ReceivedEvent::aggregateId)
                .collect(Collectors.toCollection(TreeSet::new));
        ledgers.readAhead(orders, ReceivedEvent.payloads(events, PaymentRequested.class).stream()
                .map(PaymentRequested::paymentMethodId).filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    /** Holds the order's total on the customer's card; a no-charge order is authorized without the gateway. */
    public void authorizePayment(PaymentRequested request) {
        if (ledgers.ledgerOf(request.orderId()).authorization().isPresent()) {
            return;
        }
        PaymentTransaction authorization = new PaymentTransaction();
        authorization.setOrderId(request.orderId());
        authorization.setOrderNumber(request.orderNumber());
        authorization.setMerchantId(request.merchantId());
        authorization.setCustomerId(request.customerId());
        authorization.setType(TransactionType.AUTHORIZATION);
        authorization.setAmount(request.amount());
        authorization.setCurrency(request.currency());
        if (request.amount().signum() == 0) {
            settle(authorization, Optional.of(GatewayResult.approved(null)), false);
        } else {
            Optional<PaymentMethod> method = store.chargedCard(request.paymentMethodId(), request.customerId());
            if (method.isEmpty()) {
                authorization.setStatus(TransactionLifecycle.MACHINE.start(TransactionStatus.FAILED));
                authorization.setErrorMessage("the customer has no such payment method on file");
                ledgers.record(authorization);
            } else {
                authorization.setPaymentMethodId(method.get().getId());
                settle(authorization, deadline.within(() -> gateway.authorize(method.get().getToken(),
                        request.amount(), request.currency(), request.orderNumber())), true);
            }
        }
        if (authorization.succeeded()) {
            events.publish(Agent.PAYMENT, EventType.PAYMENT_AUTHORIZED, request.orderId(), new PaymentAuthorized(
                    request.orderId(), authorization.getId(), request.amount(), request.currency()));
        } else {
            events.publish(Agent.PAYMENT, EventType.PAYMENT_FAILED, request.orderId(), new PaymentFailed(
                    request.orderId(), request.customerId(), authorization.getId(), request.amount(),
                    authorization.getErrorMessage(), GATEWAY_TIMEOUT.equals(authorization.getErrorMessage()),
                    Instant.now()));
        }
    }

    /** Takes the authorized money once the order has shipped; a second shipment notice captures nothing. */
    public void capturePayment(OrderShipped shipped) {
        PaymentLedger ledger = ledgers.lockedLedgerOf(shipped.orderId());
        if (!ledger.isCapturable()) {
            return;
        }
        PaymentTransaction authorization = ledger.successfulAuthorization().orElseThrow();
        PaymentTransaction capture = followUp(authorization, TransactionType.CAPTURE, authorization.getAmount());
        attempt(capture, authorization, () -> gateway.capture(authorization.getGatewayTransactionId(),
                capture.getAmount(), capture.getCurrency()));
        if (capture.succeeded()) {
            events.publish(Agent.PAYMENT, EventType.PAYMENT_CAPTURED, shipped.orderId(),
                    new PaymentCaptured(shipped.orderId(), capture.getId(), capture.getAmount()));
        }
    }

    /** Gives the customer's money back when an order is cancelled: the hold is voided, captured money refunded. */
    public void compensatePayment(OrderCancelled cancellation) {
        PaymentLedger ledger = ledgers.lockedLedgerOf(cancellation.orderId());
        switch (ledger.onCancellation()) {
            case VOID -> voidAuthorization(ledger.successfulAuthorization().orElseThrow());
            case REFUND -> refund(ledger, cancellation.customer(), ledger.refundable(), null,
                    "order cancelled: " + cancellation.outcome().name().toLowerCase(Locale.ROOT));
            case NOTHING -> {
                // Nothing was held, or everything was given back already.
            }
        }
    }

    /** A partial or full refund of captured money; never more than was captured and not yet refunded. */
    public void refundPayment(RefundRequested request) {
        PaymentLedger ledger = ledgers.lockedLedgerOf(request.orderId());
        if (request.returnId() != null && store.refundedForReturn(request.orderId(), request.returnId())) {
            return;
        }
        Optional<String> refusal = ledger.refusalOfRefund(request.amount());
        if (refusal.isPresent()) {
            refundFailed(request.orderId(), request.returnId(), request.amount(), refusal.get());
            return;
        }
        refund(ledger, request.customer(), request.amount(), request.returnId(), request.reason());
    }

    private void voidAuthorization(PaymentTransaction authorization) {
        PaymentTransaction voided = followUp(authorization, TransactionType.VOID, authorization.getAmount());
        attempt(voided, authorization, () -> gateway.voidAuthorization(authorization.getGatewayTransactionId()));
        if (voided.succeeded()) {
            events.publish(Agent.PAYMENT, EventType.PAYMENT_VOIDED, authorization.getOrderId(),
                    new PaymentVoided(authorization.getOrderId(), voided.getId(), voided.getAmount()));
        }
    }

    private void refund(PaymentLedger ledger, CustomerContact customer, BigDecimal amount, Long returnId,
            String reason) {
        PaymentTransaction authorization = ledger.successfulAuthorization().orElseThrow();
        PaymentTransaction capture = ledger.capture().orElseThrow();
        PaymentTransaction refund = followUp(authorization, TransactionType.REFUND, amount.setScale(2));
        refund.setReturnId(returnId);
        attempt(refund, authorization, () -> gateway.refund(capture.getGatewayTransactionId(), refund.getAmount(),
                refund.getCurrency()));
        long orderId = authorization.getOrderId();
        if (refund.succeeded()) {
            BigDecimal refundedInTotal = ledger.refunded().add(refund.getAmount());
            events.publish(Agent.PAYMENT, EventType.PAYMENT_REFUNDED, orderId, new PaymentRefunded(orderId,
                    authorization.getOrderNumber(), authorization.getCustomerId(), customer, authorization.getCurrency(),
                    returnId, refund.getId(), refund.getAmount(), refundedInTotal,
                    refundedInTotal.compareTo(ledger.captured()) == 0));
        } else {
            refundFailed(orderId, returnId, refund.getAmount(), reason == null ? refund.getErrorMessage()
                    : reason + ": " + refund.getErrorMessage());
        }
    }

    private void refundFailed(long orderId, Long returnId, BigDecimal amount, String reason) {
        timeline.record(orderId, Agent.PAYMENT, TimelineStep.REFUND_FAILED, amount + ": " + reason);
        events.publish(Agent.PAYMENT, EventType.REFUND_FAILED, orderId, new RefundFailed(orderId, returnId, amount,
                reason));
    }

    /** Calls the gateway for a capture, void or refund of an authorization; no-charge orders need no gateway. */
    private void attempt(PaymentTransaction row, PaymentTransaction authorization, Callable<GatewayResult> call) {
        boolean noCharge = authorization.getGateway() == null;
        settle(row, noCharge ? Optional.of(GatewayResult.approved(null)) : deadline.within(call), !noCharge);
    }

    private void settle(PaymentTransaction row, Optional<GatewayResult> answer, boolean throughGateway) {
        row.setGateway(throughGateway ? gateway.name() : null);
        row.setStatus(TransactionLifecycle.MACHINE.start(answer.filter(GatewayResult::approved).isPresent()
                ? TransactionStatus.SUCCESS : TransactionStatus.FAILED));
        row.setGatewayTransactionId(answer.map(GatewayResult::gatewayTransactionId).orElse(null));
        row.setErrorMessage(answer.isPresent() ? answer.get().declineReason() : GATEWAY_TIMEOUT);
        ledgers.record(row);
    }

    private static PaymentTransaction followUp(PaymentTransaction authorization, TransactionType type,
            BigDecimal amount) {
        PaymentTransaction row = new PaymentTransaction();
        row.setOrderId(authorization.getOrderId());
        row.setOrderNumber(authorization.getOrderNumber());
        row.setMerchantId(authorization.getMerchantId());
        row.setCustomerId(authorization.getCustomerId());
        row.setPaymentMethodId(authorization.getPaymentMethodId());
        row.setParentTransactionId(authorization.getId());
        row.setType(type);
        row.setAmount(amount);
        row.setCurrency(authorization.getCurrency());
        return row;
    }
}
