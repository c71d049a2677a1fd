package com.agora.returns.boundary;

import com.agora.events.CustomerContact;
import com.agora.events.EventType;
import com.agora.events.ReplacementRequested;
import com.agora.events.RestockRequested;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.error.Codes;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.event.EventPublisher;
import com.agora.kernel.security.Caller;
import com.agora.order.boundary.OrderFacts;
import com.agora.returns.boundary.ReturnViews.Inspection;
import com.agora.returns.boundary.ReturnViews.ReturnView;
import com.agora.returns.control.ReturnLifecycle;
import com.agora.returns.control.ReturnSteps;
import com.agora.returns.control.ReturnsStore;
import com.agora.returns.entity.InspectionResult;
import com.agora.returns.entity.ReturnAuthorization;
import com.agora.returns.entity.ReturnStatus;
import com.agora.returns.entity.ReturnType;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * What the merchant and admins do with a return: decide it, receive the parcel, inspect it, and ask for a failed
 * refund again.
 */
@Stateless
public class ReturnsHandlingCommands {

    @Inject
    ReturnsStore store;

    @Inject
    ReturnSteps steps;

    @Inject
    EventPublisher events;

    @EJB
    OrderFacts orders;

    public ReturnView approveReturn(Caller caller, long id, String note) {
        ReturnAuthorization rma = decidable(caller, id);
        steps.approve(rma, caller.username(), ReturnsCommands.blankToNull(note), Instant.now());
        return ReturnViews.view(rma);
    }

    public ReturnView rejectReturn(Caller caller, long id, String note) {
        ReturnAuthorization rma = decidable(caller, id);
        rma.setStatus(ReturnLifecycle.MACHINE.requireMove(rma.getReturnNumber(), rma.getStatus(),
                ReturnStatus.REJECTED));
        ReturnSteps.decide(rma, caller.username(), ReturnsCommands.blankToNull(note), Instant.now());
        steps.announce(rma, "rejected by " + caller.username() + ReturnSteps.suffix(rma.getDecisionNote()));
        return ReturnViews.view(rma);
    }

    /** The parcel arrived at the warehouse it was sent back to. */
    public ReturnView receiveReturn(Caller caller, long id) {
        ReturnAuthorization rma = decidable(caller, id);
        rma.setStatus(ReturnLifecycle.MACHINE.requireMove(rma.getReturnNumber(), rma.getStatus(),
                ReturnStatus.RECEIVED));
        rma.setReceivedAt(Instant.now());
        rma.setReceivedBy(caller.username());
        steps.announce(rma, "parcel received at warehouse " + rma.getWarehouseId() + " by " + caller.username());
        return ReturnViews.view(rma);
    }

    /**
     * Records the inspection and starts the follow-ups: the refund (or replacement) in any case, since the customer
     * did send the goods back, and the restock only for units that passed.
     */
    public ReturnView inspectReturn(Caller caller, long id, Inspection inspection) {
        ReturnAuthorization rma = decidable(caller, id);
        rma.setStatus(ReturnLifecycle.MACHINE.requireMove(rma.getReturnNumber(), rma.getStatus(),
                ReturnStatus.INSPECTED));
        boolean passed = inspection.passed();
        Instant now = Instant.now();
        rma.setInspectionResult(passed ? InspectionResult.PASSED : InspectionResult.FAILED);
        rma.setInspectionNote(ReturnsCommands.blankToNull(inspection.note()));
        rma.setInspectedBy(caller.username());
        rma.setInspectedAt(now);
        steps.announce(rma, "inspection " + Codes.code(rma.getInspectionResult()) + " by " + caller.username()
                + ReturnSteps.suffix(rma.getInspectionNote()) + (passed ? "; restocking" : "; not restocked"));
        if (rma.getType() == ReturnType.REFUND) {
            steps.requestRefund(rma, customerOf(rma), now);
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
        rma.setStatus(ReturnLifecycle.MACHINE.requireMove(rma.getReturnNumber(), rma.getStatus(),
                ReturnStatus.INSPECTED));
        rma.setRefundFailure(null);
        steps.announce(rma, "refund asked for again by " + caller.username());
        steps.requestRefund(rma, customerOf(rma), Instant.now());
        return ReturnViews.view(rma);
    }

    private CustomerContact customerOf(ReturnAuthorization rma) {
        return orders.customerContactOf(rma.getOrderId()).orElseThrow(
                () -> new IllegalStateException("order " + rma.getOrderId() + " of " + rma.getReturnNumber()
                        + " does not exist"));
    }

    /** Admins decide any return, a merchant those of its own orders; customers see theirs but do not decide. */
    private ReturnAuthorization decidable(Caller caller, long id) {
        ReturnAuthorization rma = ReturnsQueries.visible(caller, store.locked(id), id);
        if (!caller.isAdmin() && !caller.isMerchant()) {
            throw DomainProblem.forbidden("only the merchant or an admin moves a return on");
        }
        return rma;
    }
}
