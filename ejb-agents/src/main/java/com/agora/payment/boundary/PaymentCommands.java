package com.agora.payment.boundary;

import com.agora.customer.boundary.CustomerFacts;
import com.agora.events.EventType;
import com.agora.events.RefundRequested;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.event.EventPublisher;
import com.agora.kernel.idempotency.IdempotencyKeys;
import com.agora.kernel.security.Caller;
import com.agora.order.boundary.OrderFacts;
import com.agora.payment.boundary.PaymentViews.CardView;
import com.agora.payment.boundary.PaymentViews.RefundAccepted;
import com.agora.payment.boundary.PaymentViews.RequestRefund;
import com.agora.payment.control.CardNumbers;
import com.agora.payment.control.GatewayDeadline;
import com.agora.payment.control.PaymentGateway;
import com.agora.payment.control.PaymentLedger;
import com.agora.payment.control.PaymentStore;
import com.agora.payment.entity.PaymentMethod;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.List;

/** What customers, merchants and integrators ask of the Payment agent: store a card, refund an order. */
@Stateless
public class PaymentCommands {

    static final String REFUND_RESOURCE = "refund-request";

    @Inject
    PaymentStore store;

    @Inject
    EventPublisher events;

    @EJB
    IdempotencyKeys idempotencyKeys;

    @EJB
    CustomerFacts customers;

    @EJB
    OrderFacts orders;

    @Inject
    PaymentGateway gateway;

    @Inject
    GatewayDeadline deadline;

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
        String token = deadline.within(() -> gateway.tokenize(digits, expiryMonth, expiryYear))
                .orElseThrow(() -> DomainProblem.unprocessable("the payment gateway did not answer in time; try again"));
        List<PaymentMethod> existing = store.cardsOf(owner);
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
        store.add(card);
        return new CardView(card.getId(), owner, card.getProvider(), card.getLastFour(), expiryMonth, expiryYear,
                isDefault);
    }

    /**
     * Hands a refund to the Payment agent's inbox, where it is checked again against what was captured. With an
     * idempotency key, a repeated request is accepted again without refunding twice.
     */
    public RefundAccepted requestRefund(Caller caller, long orderId, RequestRefund request, String idempotencyKey) {
        if (!caller.isAdmin() && !caller.isMerchant()) {
            throw DomainProblem.forbidden("only merchants and admins refund payments");
        }
        PaymentLedger ledger = PaymentLedger.of(PaymentQueries.visible(caller, orderId, store.transactionsOf(orderId)));
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
                new RefundRequested(orderId, orders.customerContactOf(orderId).orElseThrow(
                        () -> new IllegalStateException("order " + orderId + " has payments but no order record")), null,
                        request.amount().setScale(2), request.reason()));
        if (idempotencyKey != null) {
            idempotencyKeys.remember(caller.username(), idempotencyKey, REFUND_RESOURCE, fingerprint, orderId);
        }
        return accepted;
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
