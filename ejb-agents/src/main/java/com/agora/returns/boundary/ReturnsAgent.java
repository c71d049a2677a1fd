package com.agora.returns.boundary;

import com.agora.events.EventType;
import com.agora.events.PaymentRefunded;
import com.agora.events.RefundFailed;
import com.agora.events.RefundRequested;
import com.agora.events.ReplacementPlaced;
import com.agora.events.ReplacementRequested;
import com.agora.events.RestockRequested;
import com.agora.events.StockRestocked;
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
import com.agora.order.boundary.OrderFacts;
import com.agora.order.boundary.OrderViews.LineView;
import com.agora.order.boundary.OrderViews.OrderView;
import com.agora.returns.boundary.ReturnViews.Inspection;
import com.agora.returns.boundary.ReturnViews.RequestReturn;
import com.agora.returns.boundary.ReturnViews.ReturnFilter;
import com.agora.returns.boundary.ReturnViews.ReturnView;
import com.agora.returns.control.RefundCalculation;
import com.agora.returns.control.ReturnEligibility;
import com.agora.returns.control.ReturnLifecycle;
import com.agora.returns.control.ReturnRules;
import com.agora.returns.entity.InspectionResult;
import com.agora.returns.entity.ReturnAuthorization;
import com.agora.returns.entity.ReturnReason;
import com.agora.returns.entity.ReturnStatus;
import com.agora.returns.entity.ReturnType;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.annotation.Counted;

/**
 * The Returns agent: return merchandise authorizations (RMAs) within the return window of delivery. It decides
 * requests by its automatic rules or leaves them to the merchant, follows the parcel through receipt and
 * inspection, then asks Payment to refund (or the Order agent to send a replacement) and Inventory to restock
 * what passed inspection. Every step goes to the order's timeline as {@code ReturnUpdated}.
 */
@Stateless
@BusinessAgent(Agent.RETURNS)
public class ReturnsAgent {

    static final String IDEMPOTENT_RESOURCE = "return";

    private static final String DELIVERED = "delivered";

    /** Who decided when no person did. */
    static final String AUTOMATIC_RULES = "automatic rules";

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    EventPublisher events;

    @Inject
    OrderTimeline timeline;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    OrderFacts orders;

    @Inject
    @ConfigProperty(name = "agora.returns.window-days", defaultValue = "30")
    int windowDays;

    @Inject
    @ConfigProperty(name = "agora.returns.auto-approve-limit", defaultValue = "200.00")
    BigDecimal autoApproveLimit;

    /** Reasons that say nothing a merchant could check, so a person decides whatever the value. */
    @Inject
    @ConfigProperty(name = "agora.returns.manual-review-reasons", defaultValue = "other")
    String manualReviewReasons;

    private ReturnEligibility eligibility;
    private ReturnRules rules;

    @PostConstruct
    void init() {
        eligibility = new ReturnEligibility(windowDays);
        rules = new ReturnRules(autoApproveLimit, Arrays.stream(manualReviewReasons.split(","))
                .map(String::trim).filter(code -> !code.isEmpty()).map(ReturnsAgent::reason)
                .collect(Collectors.toSet()));
    }

    /**
     * Accepts a return of some units of one order line, decided at once by the automatic rules or left for the
     * merchant. With an idempotency key, a repeated request returns the return the first one created.
     */
    @Counted(name = "agora_returns_requested", absolute = true, description = "Returns requested")
    public ReturnView requestReturn(Caller caller, RequestReturn request, String idempotencyKey) {
        if (!caller.isCustomer() && !caller.seesAllMerchants()) {
            throw DomainProblem.forbidden("merchants do not request returns; customers and integrators do");
        }
        ReturnReason reason = reason(request.reason());
        ReturnType type = request.type() == null || request.type().isBlank() ? ReturnType.REFUND
                : type(request.type());
        String fingerprint = IdempotencyKeys.fingerprint(request.orderId(), request.orderLineId(), request.quantity(),
                reason, type, request.comment());
        if (idempotencyKey != null) {
            var earlier = idempotencyKeys.claim(caller.username(), idempotencyKey, IDEMPOTENT_RESOURCE, fingerprint);
            if (earlier.isPresent()) {
                return ReturnViews.view(em.find(ReturnAuthorization.class, earlier.get()));
            }
        }
        OrderView order = orders.orderFacts(request.orderId())
                .filter(o -> !caller.isCustomer() || Objects.equals(caller.customerId(), o.customerId()))
                .orElseThrow(() -> DomainProblem.notFound("order", request.orderId()));
        Map<Long, LineView> lines = order.lines().stream().collect(Collectors.toMap(LineView::id, l -> l));
        LineView line = lines.get(request.orderLineId());
        if (line == null) {
            throw DomainProblem.invalid("orderLineId", "line " + request.orderLineId() + " is not part of order "
                    + order.orderNumber());
        }
        // Two requests for the same order wait for each other, so together they never exceed what was bought.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('returns-of-order'), hashtext(?1))")
                .setParameter(1, String.valueOf(order.id())).getSingleResult();
        List<ReturnAuthorization> standing = standingReturnsOf(order.id());
        int alreadyReturned = standing.stream().filter(r -> Objects.equals(r.getOrderLineId(), line.id()))
                .mapToInt(ReturnAuthorization::getQuantity).sum();
        Instant now = Instant.now();
        eligibility.requireReturnable(order.orderNumber(), DELIVERED.equals(order.status()), order.deliveredAt(), now,
                line.quantity(), alreadyReturned, request.quantity());
        BigDecimal refundedBefore = standing.stream().filter(r -> r.getType() == ReturnType.REFUND)
                .map(r -> lines.get(r.getOrderLineId()).unitPrice().multiply(BigDecimal.valueOf(r.getQuantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        RefundCalculation.Refund value = RefundCalculation.refundFor(line.unitPrice(), request.quantity(),
                new RefundCalculation.OrderAmounts(order.subtotal(), order.tax(), order.discount()), refundedBefore);
        ReturnRules.Decision decision = rules.decide(reason, value.total());
        long warehouse = ReturnEligibility.returnWarehouse(line.variantId(), order.allocations().stream()
                        .map(a -> new ReturnEligibility.Shipped(a.variantId(), a.warehouseId(), a.quantity())).toList())
                .orElseThrow(() -> DomainProblem.unprocessable("order " + order.orderNumber() + " has no record of "
                        + "the warehouse that shipped line " + line.id()));

        ReturnAuthorization rma = new ReturnAuthorization();
        rma.setReturnNumber(nextReturnNumber());
        rma.setOrderId(order.id());
        rma.setOrderLineId(line.id());
        rma.setCustomerId(order.customerId());
        rma.setMerchantId(order.merchantId());
        rma.setVariantId(line.variantId());
        rma.setWarehouseId(warehouse);
        rma.setType(type);
        rma.setReason(reason);
        rma.setComment(blankToNull(request.comment()));
        rma.setQuantity(request.quantity());
        rma.setRefundAmount(type == ReturnType.REFUND ? value.total() : null);
        rma.setRequestedBy(caller.username());
        rma.setDecisionRule(decision.rule());
        rma.setStatus(ReturnStatus.REQUESTED);
        rma.setCreatedAt(now);
        em.persist(rma);
        em.flush();
        announce(rma, request.quantity() + " unit(s) of line " + line.id() + " (" + Codes.code(reason) + ") for "
                + (type == ReturnType.REFUND ? "a refund of " + value.total() : "an exchange") + ", requested by "
                + caller.username());
        if (decision.approved()) {
            approve(rma, AUTOMATIC_RULES, decision.rule(), now);
        }
        if (idempotencyKey != null) {
            idempotencyKeys.remember(caller.username(), idempotencyKey, IDEMPOTENT_RESOURCE, fingerprint,
                    rma.getId());
        }
        return ReturnViews.view(rma);
    }

    public ReturnView approveReturn(Caller caller, long id, String note) {
        ReturnAuthorization rma = decidable(caller, id);
        ReturnLifecycle.requireTransition(rma.getReturnNumber(), rma.getStatus(), ReturnStatus.APPROVED);
        approve(rma, caller.username(), blankToNull(note), Instant.now());
        return ReturnViews.view(rma);
    }

    public ReturnView rejectReturn(Caller caller, long id, String note) {
        ReturnAuthorization rma = decidable(caller, id);
        ReturnLifecycle.requireTransition(rma.getReturnNumber(), rma.getStatus(), ReturnStatus.REJECTED);
        decide(rma, caller.username(), blankToNull(note), Instant.now());
        rma.setStatus(ReturnStatus.REJECTED);
        announce(rma, "rejected by " + caller.username() + suffix(rma.getDecisionNote()));
        return ReturnViews.view(rma);
    }

    /** The customer (or an admin) withdraws a return before the parcel has arrived. */
    public ReturnView cancelReturn(Caller caller, long id, String note) {
        ReturnAuthorization rma = visibleForUpdate(caller, id);
        if (caller.isMerchant()) {
            throw DomainProblem.forbidden("a merchant rejects a return rather than cancelling it");
        }
        ReturnLifecycle.requireTransition(rma.getReturnNumber(), rma.getStatus(), ReturnStatus.CANCELLED);
        rma.setStatus(ReturnStatus.CANCELLED);
        rma.setResolution(blankToNull(note));
        announce(rma, "cancelled by " + caller.username() + suffix(blankToNull(note)));
        return ReturnViews.view(rma);
    }

    /** The parcel arrived at the warehouse it was sent back to. */
    public ReturnView receiveReturn(Caller caller, long id) {
        ReturnAuthorization rma = decidable(caller, id);
        ReturnLifecycle.requireTransition(rma.getReturnNumber(), rma.getStatus(), ReturnStatus.RECEIVED);
        rma.setStatus(ReturnStatus.RECEIVED);
        rma.setReceivedAt(Instant.now());
        rma.setReceivedBy(caller.username());
        announce(rma, "parcel received at warehouse " + rma.getWarehouseId() + " by " + caller.username());
        return ReturnViews.view(rma);
    }

    /**
     * Records the inspection and starts the follow-ups: the refund (or replacement) in any case, since the customer
     * did send the goods back, and the restock only for units that passed.
     */
    public ReturnView inspectReturn(Caller caller, long id, Inspection inspection) {
        ReturnAuthorization rma = decidable(caller, id);
        ReturnLifecycle.requireTransition(rma.getReturnNumber(), rma.getStatus(), ReturnStatus.INSPECTED);
        boolean passed = inspection.passed();
        Instant now = Instant.now();
        rma.setStatus(ReturnStatus.INSPECTED);
        rma.setInspectionResult(passed ? InspectionResult.PASSED : InspectionResult.FAILED);
        rma.setInspectionNote(blankToNull(inspection.note()));
        rma.setInspectedBy(caller.username());
        rma.setInspectedAt(now);
        announce(rma, "inspection " + Codes.code(rma.getInspectionResult()) + " by " + caller.username()
                + suffix(rma.getInspectionNote()) + (passed ? "; restocking" : "; not restocked"));
        if (rma.getType() == ReturnType.REFUND) {
            requestRefund(rma, now);
        } else {
            rma.setReplacementRequestedAt(now);
            events.publish(Agent.RETURNS, EventType.REPLACEMENT_REQUESTED, rma.getOrderId(),
                    new ReplacementRequested(rma.getOrderId(), rma.getId(), rma.getReturnNumber(), rma.getVariantId(),
                            rma.getQuantity()));
        }
        if (passed) {
            rma.setRestockRequestedAt(now);
            events.publish(Agent.RETURNS, EventType.RESTOCK_REQUESTED, rma.getOrderId(),
                    new RestockRequested(rma.getOrderId(), rma.getId(), rma.getReturnNumber(), rma.getVariantId(),
                            rma.getWarehouseId(), rma.getQuantity()));
        }
        return ReturnViews.view(rma);
    }

    /** Asks Payment again after a failed refund. */
    public ReturnView retryRefund(Caller caller, long id) {
        ReturnAuthorization rma = decidable(caller, id);
        if (rma.getStatus() != ReturnStatus.REFUND_FAILED) {
            throw DomainProblem.conflict("return " + rma.getReturnNumber() + " is "
                    + ReturnLifecycle.label(rma.getStatus()) + "; only a failed refund can be asked for again");
        }
        rma.setStatus(ReturnStatus.INSPECTED);
        rma.setRefundFailure(null);
        announce(rma, "refund asked for again by " + caller.username());
        requestRefund(rma, Instant.now());
        return ReturnViews.view(rma);
    }

    public ReturnView findReturn(Caller caller, long id) {
        return ReturnViews.view(visible(caller, em.find(ReturnAuthorization.class, id), id));
    }

    public Page<ReturnView> listReturns(Caller caller, ReturnFilter filter, PageRequest page) {
        FilteredQuery<ReturnAuthorization> query = new FilteredQuery<>(ReturnAuthorization.class, "r");
        if (caller.isMerchant()) {
            query.where("r.merchantId = :merchant", "merchant", caller.ownMerchantId());
        } else if (caller.isCustomer()) {
            query.where("r.customerId = :customer", "customer", caller.ownCustomerId());
        }
        if (filter.status() != null && !filter.status().isBlank()) {
            query.where("r.status = :status", "status", status(filter.status()));
        }
        if (filter.orderId() != null) {
            query.where("r.orderId = :order", "order", filter.orderId());
        }
        return query.page(em, "r.createdAt desc, r.id desc", page).map(ReturnViews::view);
    }

    // Replies of the other agents. Each is applied once even when delivered again: the timestamps say what
    // already happened.

    /** Payment gave the money back. Refunds of a whole order (a cancellation) carry no return and are not ours. */
    public void paymentRefunded(PaymentRefunded refunded) {
        if (refunded.returnId() == null) {
            return;
        }
        ReturnAuthorization rma = existing(refunded.returnId());
        if (rma.getRefundedAt() != null) {
            return;
        }
        ReturnLifecycle.requireTransition(rma.getReturnNumber(), rma.getStatus(), ReturnStatus.REFUNDED);
        rma.setStatus(ReturnStatus.REFUNDED);
        rma.setRefundedAt(Instant.now());
        rma.setRefundTransactionId(refunded.transactionId());
        rma.setRefundFailure(null);
        announce(rma, refunded.amount() + " refunded (transaction " + refunded.transactionId() + ")");
        completeWhenSettled(rma);
    }

    /** The refund did not go through: the return stays visible as refund_failed until someone asks again. */
    public void refundFailed(RefundFailed failed) {
        if (failed.returnId() == null) {
            return;
        }
        ReturnAuthorization rma = existing(failed.returnId());
        if (rma.getStatus() != ReturnStatus.INSPECTED || rma.getRefundedAt() != null) {
            return;
        }
        rma.setStatus(ReturnStatus.REFUND_FAILED);
        rma.setRefundFailure(failed.reason());
        announce(rma, "refund of " + failed.amount() + " failed: " + failed.reason());
    }

    public void stockRestocked(StockRestocked restocked) {
        ReturnAuthorization rma = existing(restocked.returnId());
        if (rma.getRestockedAt() != null) {
            return;
        }
        rma.setRestockedAt(Instant.now());
        announce(rma, restocked.quantity() + " unit(s) back on hand in warehouse " + restocked.warehouseId());
        completeWhenSettled(rma);
    }

    public void replacementPlaced(ReplacementPlaced placed) {
        ReturnAuthorization rma = existing(placed.returnId());
        if (rma.getReplacementOrderId() != null) {
            return;
        }
        rma.setReplacementOrderId(placed.replacementOrderId());
        rma.setReplacementOrderNumber(placed.replacementOrderNumber());
        announce(rma, "replacement order " + placed.replacementOrderNumber() + " placed");
        completeWhenSettled(rma);
    }

    private void approve(ReturnAuthorization rma, String by, String note, Instant at) {
        decide(rma, by, note, at);
        rma.setStatus(ReturnStatus.APPROVED);
        rma.setApprovedAt(at);
        announce(rma, "approved by " + by + suffix(note));
    }

    private static void decide(ReturnAuthorization rma, String by, String note, Instant at) {
        rma.setDecidedBy(by);
        rma.setDecidedAt(at);
        rma.setDecisionNote(note);
    }

    private void requestRefund(ReturnAuthorization rma, Instant at) {
        rma.setRefundRequestedAt(at);
        events.publish(Agent.RETURNS, EventType.REFUND_REQUESTED, rma.getOrderId(), new RefundRequested(
                rma.getOrderId(), rma.getId(), rma.getRefundAmount(), "return " + rma.getReturnNumber() + ": "
                        + rma.getQuantity() + " unit(s), " + Codes.code(rma.getReason())));
    }

    private void completeWhenSettled(ReturnAuthorization rma) {
        boolean restockOutstanding = rma.getRestockRequestedAt() != null && rma.getRestockedAt() == null;
        if (ReturnLifecycle.allows(rma.getStatus(), ReturnStatus.COMPLETED)
                && ReturnLifecycle.isSettled(rma.getType(), rma.getRefundedAt() != null,
                        rma.getReplacementOrderId() != null, restockOutstanding)) {
            rma.setStatus(ReturnStatus.COMPLETED);
            rma.setCompletedAt(Instant.now());
            announce(rma, "return completed");
        }
    }

    /** A step of the return for the order's timeline. */
    private void announce(ReturnAuthorization rma, String detail) {
        timeline.record(rma.getOrderId(), Agent.RETURNS, TimelineStep.ofReturn(ReturnLifecycle.label(rma.getStatus())),
                rma.getReturnNumber() + (detail == null ? "" : ": " + detail));
    }

    private List<ReturnAuthorization> standingReturnsOf(long orderId) {
        return em.createQuery("select r from ReturnAuthorization r where r.orderId = :order"
                        + " and r.status not in :released", ReturnAuthorization.class)
                .setParameter("order", orderId)
                .setParameter("released", ReturnLifecycle.releasedStatuses())
                .getResultList();
    }

    /** Admins decide any return, a merchant those of its own orders; customers see theirs but do not decide. */
    private ReturnAuthorization decidable(Caller caller, long id) {
        ReturnAuthorization rma = visibleForUpdate(caller, id);
        if (!caller.isAdmin() && !caller.isMerchant()) {
            throw DomainProblem.forbidden("only the merchant or an admin moves a return on");
        }
        return rma;
    }

    private ReturnAuthorization visibleForUpdate(Caller caller, long id) {
        return visible(caller, em.find(ReturnAuthorization.class, id, LockModeType.PESSIMISTIC_WRITE), id);
    }

    /** Returns of other merchants or customers are reported as absent, never as forbidden. */
    private static ReturnAuthorization visible(Caller caller, ReturnAuthorization rma, long id) {
        if (rma == null || !caller.mayRead(rma.getMerchantId(), rma.getCustomerId())) {
            throw DomainProblem.notFound("return", id);
        }
        return rma;
    }

    private ReturnAuthorization existing(long id) {
        ReturnAuthorization rma = em.find(ReturnAuthorization.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (rma == null) {
            throw new IllegalStateException("return " + id + " does not exist");
        }
        return rma;
    }

    private String nextReturnNumber() {
        return (String) em.createNativeQuery("select 'RMA-' || lpad(nextval('return_number_seq')::text, 8, '0')")
                .getSingleResult();
    }

    private static String suffix(String note) {
        return note == null ? "" : ": " + note;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static ReturnReason reason(String code) {
        return Codes.parse(ReturnReason.class, "reason", code);
    }

    private static ReturnType type(String code) {
        return Codes.parse(ReturnType.class, "type", code);
    }

    private static ReturnStatus status(String code) {
        return Codes.parse(ReturnStatus.class, "status", code);
    }
}
