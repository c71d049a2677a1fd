package com.agora.returns.control;

import com.agora.events.CustomerContact;
import com.agora.events.EventType;
import com.agora.events.RefundRequested;
import com.agora.events.TimelineStep;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.error.Codes;
import com.agora.kernel.event.EventPublisher;
import com.agora.kernel.timeline.OrderTimeline;
import com.agora.returns.entity.ReturnAuthorization;
import com.agora.returns.entity.ReturnStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;

/** The steps of a return that people and the other agents' replies both take, each told on the order's timeline. */
@Dependent
public class ReturnSteps {

    @Inject
    EventPublisher events;

    @Inject
    OrderTimeline timeline;

    public void approve(ReturnAuthorization rma, String by, String note, Instant at) {
        rma.setStatus(ReturnLifecycle.MACHINE.requireMove(rma.getReturnNumber(), rma.getStatus(),
                ReturnStatus.APPROVED));
        decide(rma, by, note, at);
        rma.setApprovedAt(at);
        announce(rma, "approved by " + by + suffix(note));
    }

    public static void decide(ReturnAuthorization rma, String by, String note, Instant at) {
        rma.setDecidedBy(by);
        rma.setDecidedAt(at);
        rma.setDecisionNote(note);
    }

    /** @param customer whom Payment's confirmation of the refund is to reach */
    public void requestRefund(ReturnAuthorization rma, CustomerContact customer, Instant at) {
        rma.setRefundRequestedAt(at);
        events.publish(Agent.RETURNS, EventType.REFUND_REQUESTED, rma.getOrderId(), new RefundRequested(
                rma.getOrderId(), customer, rma.getId(), rma.getRefundAmount(), "return " + rma.getReturnNumber() + ": "
                        + rma.getQuantity() + " unit(s), " + Codes.code(rma.getReason())));
    }

    public void completeWhenSettled(ReturnAuthorization rma) {
        boolean restockOutstanding = rma.getRestockRequestedAt() != null && rma.getRestockedAt() == null;
        if (ReturnLifecycle.allows(rma.getStatus(), ReturnStatus.COMPLETED)
                && ReturnLifecycle.isSettled(rma.getType(), rma.getRefundedAt() != null,
                        rma.getReplacementOrderId() != null, restockOutstanding)) {
            rma.setStatus(ReturnLifecycle.MACHINE.requireMove(rma.getReturnNumber(), rma.getStatus(),
                    ReturnStatus.COMPLETED));
            rma.setCompletedAt(Instant.now());
            announce(rma, "return completed");
        }
    }

    /** A step of the return for the order's timeline. */
    public void announce(ReturnAuthorization rma, String detail) {
        timeline.record(rma.getOrderId(), Agent.RETURNS, TimelineStep.ofReturn(ReturnLifecycle.label(rma.getStatus())),
                rma.getReturnNumber() + (detail == null ? "" : ": " + detail));
    }

    public static String suffix(String note) {
        return note == null ? "" : ": " + note;
    }
}
