package com.agora.returns.boundary;

import com.agora.kernel.error.Codes;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.idempotency.IdempotencyKeys;
import com.agora.kernel.security.Caller;
import com.agora.order.boundary.OrderFacts;
import com.agora.order.boundary.OrderViews.LineView;
import com.agora.order.boundary.OrderViews.OrderView;
import com.agora.returns.boundary.ReturnViews.RequestReturn;
import com.agora.returns.boundary.ReturnViews.ReturnView;
import com.agora.returns.control.RefundCalculation;
import com.agora.returns.control.ReturnEligibility;
import com.agora.returns.control.ReturnLifecycle;
import com.agora.returns.control.ReturnRules;
import com.agora.returns.control.ReturnSteps;
import com.agora.returns.control.ReturnsStore;
import com.agora.returns.entity.ReturnAuthorization;
import com.agora.returns.entity.ReturnReason;
import com.agora.returns.entity.ReturnStatus;
import com.agora.returns.entity.ReturnType;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
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
 * What customers and integrators ask of the Returns agent: a return of what was bought, and withdrawing it before
 * the parcel arrives.
 */
@Stateless
public class ReturnsCommands {

    static final String IDEMPOTENT_RESOURCE = "return";

    private static final String DELIVERED = "delivered";

    /** Who decided when no person did. */
    static final String AUTOMATIC_RULES = "automatic rules";

    @Inject
    ReturnsStore store;

    @Inject
    ReturnSteps steps;

    @EJB
    IdempotencyKeys idempotencyKeys;

    @EJB
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
                .map(String::trim).filter(code -> !code.isEmpty()).map(ReturnsCommands::reason)
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
                return ReturnViews.view(store.find(earlier.get()).orElseThrow());
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
        store.takeTurnOnOrder(order.id());
        List<ReturnAuthorization> standing = store.standingReturnsOf(order.id());
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
        rma.setReturnNumber(store.nextReturnNumber());
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
        rma.setStatus(ReturnLifecycle.MACHINE.start(ReturnStatus.REQUESTED));
        rma.setCreatedAt(now);
        store.add(rma);
        steps.announce(rma, request.quantity() + " unit(s) of line " + line.id() + " (" + Codes.code(reason) + ") for "
                + (type == ReturnType.REFUND ? "a refund of " + value.total() : "an exchange") + ", requested by "
                + caller.username());
        if (decision.approved()) {
            steps.approve(rma, AUTOMATIC_RULES, decision.rule(), now);
        }
        if (idempotencyKey != null) {
            idempotencyKeys.remember(caller.username(), idempotencyKey, IDEMPOTENT_RESOURCE, fingerprint,
                    rma.getId());
        }
        return ReturnViews.view(rma);
    }

    /** The customer (or an admin) withdraws a return before the parcel has arrived. */
    public ReturnView cancelReturn(Caller caller, long id, String note) {
        ReturnAuthorization rma = ReturnsQueries.visible(caller, store.locked(id), id);
        if (caller.isMerchant()) {
            throw DomainProblem.forbidden("a merchant rejects a return rather than cancelling it");
        }
        rma.setStatus(ReturnLifecycle.MACHINE.requireMove(rma.getReturnNumber(), rma.getStatus(),
                ReturnStatus.CANCELLED));
        rma.setResolution(blankToNull(note));
        steps.announce(rma, "cancelled by " + caller.username() + ReturnSteps.suffix(blankToNull(note)));
        return ReturnViews.view(rma);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static ReturnReason reason(String code) {
        return Codes.parse(ReturnReason.class, "reason", code);
    }

    private static ReturnType type(String code) {
        return Codes.parse(ReturnType.class, "type", code);
    }
}
