package com.agora.payment.boundary;

import com.agora.customer.boundary.CustomerDirectory;
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
import com.agora.kernel.error.Codes;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.event.EventPublisher;
import com.agora.kernel.timeline.OrderTimeline;
import com.agora.kernel.idempotency.IdempotencyKeys;
import com.agora.kernel.paging.FilteredQuery;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.kernel.security.Caller;
import com.agora.payment.boundary.PaymentViews.CardView;
import com.agora.payment.boundary.PaymentViews.OrderPayments;
import com.agora.payment.boundary.PaymentViews.RefundAccepted;
import com.agora.payment.boundary.PaymentViews.RequestRefund;
import com.agora.payment.boundary.PaymentViews.TransactionFilter;
import com.agora.payment.boundary.PaymentViews.TransactionView;
import com.agora.payment.control.CardNumbers;
import com.agora.payment.control.GatewayThreads;
import com.agora.payment.control.PaymentGateway;
import com.agora.payment.control.PaymentGateway.GatewayResult;
import com.agora.payment.control.PaymentLedger;
import com.agora.payment.entity.PaymentMethod;
import com.agora.payment.entity.PaymentTransaction;
import com.agora.payment.entity.TransactionStatus;
import com.agora.payment.entity.TransactionType;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Payment agent: stores customers' cards as gateway tokens, and moves an order's money through the payment
 * gateway as the order progresses: authorize after fraud screening, capture on shipment, void or refund on
 * cancellation, refund on request. Every gateway attempt is a row in {@code transactions}.
 */
@Stateless
@BusinessAgent(Agent.PAYMENT)
public class PaymentAgent {

    static final String REFUND_RESOURCE = "refund-request";
    static final String GATEWAY_TIMEOUT = "gateway timeout";

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    EventPublisher events;

    @Inject
    OrderTimeline timeline;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    CustomerDirectory customers;

    @Inject
    PaymentGateway gateway;

    @Inject
    GatewayThreads gatewayThreads;

    @Inject
    @ConfigProperty(name = "agora.payment.gateway-timeout-ms", defaultValue = "2000")
    long gatewayTimeoutMillis;

    /** Stores a card for a customer: customers for themselves, integrators and admins for anyone. */
    public CardView registerCard(Caller caller, Long customerId, String cardNumber, Integer expiryMonth,
            Integer expiryYear, boolean makeDefault) {
        long owner = cardOwner(caller, customerId);
        List<DomainProblem.FieldError> problems = CardNumbers.problems(cardNumber, expiryMonth, expiryYear,
                YearMonth.now());
        if (!problems.isEmpty()) {
            throw DomainProblem.invalid(problems);
        }
        String digits = CardNumbers.digits(cardNumber);
        String token = withinDeadline(() -> gateway.tokenize(digits, expiryMonth, expiryYear))
                .orElseThrow(() -> DomainProblem.unprocessable("the payment gateway did not answer in time; try again"));
        List<PaymentMethod> existing = em.createQuery(
                        "select m from PaymentMethod m where m.customerId = :customer order by m.id", PaymentMethod.class)
                .setParameter("customer", owner).getResultList();
        boolean isDefault = makeDefault || existing.stream().noneMatch(PaymentMethod::isDefaultMethod);
        if (isDefault) {
            existing.forEach(m -> m.setDefaultMethod(false));
        }
        PaymentMethod card = new PaymentMethod();
        card.setCustomerId(owner);
        card.setType("credit_card");
        card.setProvider(CardNumbers.brand(digits));
        card.setLastFour(CardNumbers.lastFour(digits));
        card.setExpiryMonth(expiryMonth);
        card.setExpiryYear(expiryYear);
        card.setDefaultMethod(isDefault);
        card.setToken(token);
        card.setGateway(gateway.name());
        card.setFingerprint(CardNumbers.fingerprint(digits));
        em.persist(card);
        em.flush();
        return new CardView(card.getId(), owner, card.getProvider(), card.getLastFour(), expiryMonth, expiryYear,
                isDefault);
    }

    /** The card an order is charged to when it names none. */
    public Optional<Long> defaultMethodOf(long customerId) {
        return em.createQuery("select m.id from PaymentMethod m where m.customerId = :customer"
                        + " order by m.defaultMethod desc, m.id", Long.class)
                .setParameter("customer", customerId).setMaxResults(1).getResultList().stream().findFirst();
    }

    public boolean methodBelongsTo(long methodId, long customerId) {
        PaymentMethod method = em.find(PaymentMethod.class, methodId);
        return method != null && method.getCustomerId() == customerId;
    }

    /** Authorizations of the customer's orders the gateway refused or did not answer, since the given moment. */
    public long failedAttemptsSince(long customerId, Instant since) {
        return em.createQuery("select count(t) from PaymentTransaction t where t.customerId = :customer"
                        + " and t.type = :authorization and t.status = :failed and t.createdAt >= :since", Long.class)
                .setParameter("customer", customerId)
                .setParameter("authorization", TransactionType.AUTHORIZATION)
                .setParameter("failed", TransactionStatus.FAILED)
                .setParameter("since", since)
                .getSingleResult();
    }

    /** Recognises the card an order will be charged to (the named one, else the default) without its number. */
    public Optional<String> cardFingerprintOf(Long methodId, long customerId) {
        return chargedMethod(methodId, customerId).map(PaymentMethod::getFingerprint);
    }

    /** Holds the order's total on the customer's card; a no-charge order is authorized without the gateway. */
    public void authorizePayment(PaymentRequested request) {
        if (ledgerOf(request.orderId()).authorization().isPresent()) {
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
            Optional<PaymentMethod> method = chargedMethod(request.paymentMethodId(), request.customerId());
            if (method.isEmpty()) {
                authorization.setStatus(TransactionStatus.FAILED);
                authorization.setErrorMessage("the customer has no such payment method on file");
                em.persist(authorization);
            } else {
                authorization.setPaymentMethodId(method.get().getId());
                settle(authorization, withinDeadline(() -> gateway.authorize(method.get().getToken(),
                        request.amount(), request.currency(), request.orderNumber())), true);
            }
        }
        em.flush();
        if (authorization.succeeded()) {
            events.publish(Agent.PAYMENT, EventType.PAYMENT_AUTHORIZED, request.orderId(), new PaymentAuthorized(
                    request.orderId(), authorization.getId(), request.amount(), request.currency()));
        } else {
            events.publish(Agent.PAYMENT, EventType.PAYMENT_FAILED, request.orderId(), new PaymentFailed(
                    request.orderId(), authorization.getId(), request.amount(), authorization.getErrorMessage(),
                    GATEWAY_TIMEOUT.equals(authorization.getErrorMessage())));
        }
    }

    /** Takes the authorized money once the order has shipped; a second shipment notice captures nothing. */
    public void capturePayment(OrderShipped shipped) {
        PaymentLedger ledger = lockedLedgerOf(shipped.orderId());
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
        PaymentLedger ledger = lockedLedgerOf(cancellation.orderId());
        switch (ledger.onCancellation()) {
            case VOID -> voidAuthorization(ledger.successfulAuthorization().orElseThrow());
            case REFUND -> refund(ledger, ledger.refundable(), null,
                    "order cancelled: " + cancellation.outcome().name().toLowerCase(Locale.ROOT));
            case NOTHING -> {
                // Nothing was held, or everything was given back already.
            }
        }
    }

    /** A partial or full refund of captured money; never more than was captured and not yet refunded. */
    public void refundPayment(RefundRequested request) {
        PaymentLedger ledger = lockedLedgerOf(request.orderId());
        if (request.returnId() != null && refundedForReturn(request.orderId(), request.returnId())) {
            return;
        }
        Optional<String> refusal = ledger.refusalOfRefund(request.amount());
        if (refusal.isPresent()) {
            refundFailed(request.orderId(), request.returnId(), request.amount(), refusal.get());
            return;
        }
        refund(ledger, request.amount(), request.returnId(), request.reason());
    }

    /** An order's money trail; merchants and customers see only their own orders' payments. */
    public OrderPayments paymentsOf(Caller caller, long orderId) {
        List<PaymentTransaction> rows = visibleTransactions(caller, orderId);
        PaymentLedger ledger = PaymentLedger.of(rows);
        return new OrderPayments(orderId, ledger.authorized(), ledger.captured(), ledger.refunded(),
                ledger.refundable(), rows.stream().map(PaymentViews::view).toList());
    }

    /**
     * Hands a refund to the Payment agent's inbox, where it is checked again against what was captured. With an
     * idempotency key, a repeated request is accepted again without refunding twice.
     */
    public RefundAccepted requestRefund(Caller caller, long orderId, RequestRefund request, String idempotencyKey) {
        if (!caller.isAdmin() && !caller.isMerchant()) {
            throw DomainProblem.forbidden("only merchants and admins refund payments");
        }
        PaymentLedger ledger = PaymentLedger.of(visibleTransactions(caller, orderId));
        String fingerprint = IdempotencyKeys.fingerprint(orderId, request.amount().setScale(2), request.reason());
        RefundAccepted accepted = new RefundAccepted(orderId, request.amount().setScale(2), request.reason(),
                "pending");
        if (idempotencyKey != null
                && idempotencyKeys.claim(caller.username(), idempotencyKey, REFUND_RESOURCE, fingerprint).isPresent()) {
            return accepted;
        }
        ledger.refusalOfRefund(request.amount()).ifPresent(refusal -> {
            throw DomainProblem.unprocessable(refusal);
        });
        events.publish(Agent.PAYMENT, EventType.REFUND_REQUESTED, orderId,
                new RefundRequested(orderId, null, request.amount().setScale(2), request.reason()));
        if (idempotencyKey != null) {
            idempotencyKeys.remember(caller.username(), idempotencyKey, REFUND_RESOURCE, fingerprint, orderId);
        }
        return accepted;
    }

    /** Every gateway attempt, newest first; merchants see only their own orders'. */
    public Page<TransactionView> listTransactions(Caller caller, TransactionFilter filter, PageRequest page) {
        if (!caller.isAdmin() && !caller.isMerchant()) {
            throw DomainProblem.forbidden("only merchants and admins list payments");
        }
        FilteredQuery<PaymentTransaction> query = new FilteredQuery<>(PaymentTransaction.class, "t");
        Long merchant = caller.isMerchant() ? Long.valueOf(caller.ownMerchantId()) : filter.merchantId();
        if (merchant != null) {
            query.where("t.merchantId = :merchant", "merchant", merchant);
        }
        if (filter.type() != null && !filter.type().isBlank()) {
            query.where("t.type = :type", "type", Codes.parse(TransactionType.class, "type", filter.type()));
        }
        if (filter.status() != null && !filter.status().isBlank()) {
            query.where("t.status = :status", "status", Codes.parse(TransactionStatus.class, "status",
                    filter.status()));
        }
        return query.page(em, "t.id desc", page).map(PaymentViews::view);
    }

    private void voidAuthorization(PaymentTransaction authorization) {
        PaymentTransaction voided = followUp(authorization, TransactionType.VOID, authorization.getAmount());
        attempt(voided, authorization, () -> gateway.voidAuthorization(authorization.getGatewayTransactionId()));
        if (voided.succeeded()) {
            events.publish(Agent.PAYMENT, EventType.PAYMENT_VOIDED, authorization.getOrderId(),
                    new PaymentVoided(authorization.getOrderId(), voided.getId(), voided.getAmount()));
        }
    }

    private void refund(PaymentLedger ledger, BigDecimal amount, Long returnId, String reason) {
        PaymentTransaction authorization = ledger.successfulAuthorization().orElseThrow();
        PaymentTransaction capture = ledger.capture().orElseThrow();
        PaymentTransaction refund = followUp(authorization, TransactionType.REFUND, amount.setScale(2));
        refund.setReturnId(returnId);
        attempt(refund, authorization, () -> gateway.refund(capture.getGatewayTransactionId(), refund.getAmount(),
                refund.getCurrency()));
        long orderId = authorization.getOrderId();
        if (refund.succeeded()) {
            BigDecimal refundedInTotal = ledger.refunded().add(refund.getAmount());
            events.publish(Agent.PAYMENT, EventType.PAYMENT_REFUNDED, orderId, new PaymentRefunded(orderId, returnId,
                    refund.getId(), refund.getAmount(), refundedInTotal,
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
        settle(row, noCharge ? Optional.of(GatewayResult.approved(null)) : withinDeadline(call), !noCharge);
        em.flush();
    }

    private void settle(PaymentTransaction row, Optional<GatewayResult> answer, boolean throughGateway) {
        row.setGateway(throughGateway ? gateway.name() : null);
        row.setStatus(answer.filter(GatewayResult::approved).isPresent() ? TransactionStatus.SUCCESS
                : TransactionStatus.FAILED);
        row.setGatewayTransactionId(answer.map(GatewayResult::gatewayTransactionId).orElse(null));
        row.setErrorMessage(answer.isPresent() ? answer.get().declineReason() : GATEWAY_TIMEOUT);
        em.persist(row);
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

    private <T> Optional<T> withinDeadline(Callable<T> call) {
        return gatewayThreads.within(Duration.ofMillis(gatewayTimeoutMillis), call);
    }

    /** The named card if it is the customer's, else the customer's default one. */
    private Optional<PaymentMethod> chargedMethod(Long methodId, long customerId) {
        Optional<Long> id = methodId != null ? Optional.of(methodId) : defaultMethodOf(customerId);
        return id.map(i -> em.find(PaymentMethod.class, i)).filter(m -> m.getCustomerId() == customerId);
    }

    private PaymentLedger ledgerOf(long orderId) {
        return PaymentLedger.of(em.createQuery(
                        "select t from PaymentTransaction t where t.orderId = :order order by t.id", PaymentTransaction.class)
                .setParameter("order", orderId).getResultList());
    }

    /**
     * The ledger with the order's authorization locked, so concurrent handlers for one order (a shipment and a
     * cancellation, or two refunds) act one after the other on what the first left.
     */
    private PaymentLedger lockedLedgerOf(long orderId) {
        em.createQuery("select t from PaymentTransaction t where t.orderId = :order and t.type = :authorization",
                        PaymentTransaction.class)
                .setParameter("order", orderId)
                .setParameter("authorization", TransactionType.AUTHORIZATION)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        return ledgerOf(orderId);
    }

    private boolean refundedForReturn(long orderId, long returnId) {
        return !em.createQuery("select t.id from PaymentTransaction t where t.orderId = :order and t.returnId = :return"
                        + " and t.type = :refund and t.status = :success")
                .setParameter("order", orderId).setParameter("return", returnId)
                .setParameter("refund", TransactionType.REFUND).setParameter("success", TransactionStatus.SUCCESS)
                .getResultList().isEmpty();
    }

    /** Orders of other merchants or customers, and orders without payments, are reported as absent. */
    private List<PaymentTransaction> visibleTransactions(Caller caller, long orderId) {
        List<PaymentTransaction> rows = em.createQuery(
                        "select t from PaymentTransaction t where t.orderId = :order order by t.id", PaymentTransaction.class)
                .setParameter("order", orderId).getResultList();
        boolean visible = !rows.isEmpty()
                && rows.stream().allMatch(t -> caller.mayRead(t.getMerchantId(), t.getCustomerId()));
        if (!visible) {
            throw DomainProblem.notFound("payments of order", orderId);
        }
        return rows;
    }

    private long cardOwner(Caller caller, Long customerId) {
        if (caller.isCustomer()) {
            if (caller.customerId() == null) {
                throw DomainProblem.forbidden("account " + caller.username() + " is not linked to a customer");
            }
            if (customerId != null && !customerId.equals(caller.customerId())) {
                throw DomainProblem.forbidden("customers register cards for themselves only");
            }
            return caller.customerId();
        }
        if (!caller.seesAllMerchants()) {
            throw DomainProblem.forbidden("only customers, integrators and admins register cards");
        }
        if (customerId == null) {
            throw DomainProblem.invalid("customerId", "is required");
        }
        if (!customers.exists(customerId)) {
            throw DomainProblem.invalid("customerId", "customer " + customerId + " does not exist");
        }
        return customerId;
    }
}
