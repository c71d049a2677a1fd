package com.agora.returns.boundary;

import com.agora.events.PaymentRefunded;
import com.agora.events.RefundFailed;
import com.agora.events.ReplacementPlaced;
import com.agora.events.StockRestocked;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.agent.BusinessAgent;
import com.agora.returns.control.ReturnLifecycle;
import com.agora.returns.control.ReturnSteps;
import com.agora.returns.control.ReturnsStore;
import com.agora.returns.entity.ReturnAuthorization;
import com.agora.returns.entity.ReturnStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The Returns agent: return merchandise authorizations (RMAs) within the return window of delivery. It decides
 * requests by its automatic rules or leaves them to the merchant, follows the parcel through receipt and
 * inspection, then asks Payment to refund (or the Order agent to send a replacement) and Inventory to restock
 * what passed inspection. Here, the replies of those agents: each is applied once even when delivered again, as
 * the timestamps say what already happened.
 */
@Stateless
@BusinessAgent(Agent.RETURNS)
public class ReturnsReactions {

    @Inject
    ReturnsStore store;

    @Inject
    ReturnSteps steps;

    /** Payment gave the money back. Refunds of a whole order (a cancellation) carry no return and are not ours. */
    public void paymentRefunded(PaymentRefunded refunded) {
        if (refunded.returnId() == null) {
            return;
        }
        ReturnAuthorization rma = store.existing(refunded.returnId());
        if (rma.getRefundedAt() != null) {
            return;
        }
        rma.setStatus(ReturnLifecycle.MACHINE.requireMove(rma.getReturnNumber(), rma.getStatus(),
                ReturnStatus.REFUNDED));
        rma.setRefundedAt(Instant.now());
        rma.setRefundTransactionId(refunded.transactionId());
        rma.setRefundFailure(null);
        steps.announce(rma, refunded.amount() + " refunded (transaction " + refunded.transactionId() + ")");
        steps.completeWhenSettled(rma);
    }

    /** The refund did not go through: the return stays visible as refund_failed until someone asks again. */
    public void refundFailed(RefundFailed failed) {
        if (failed.returnId() == null) {
            return;
        }
        ReturnAuthorization rma = store.existing(failed.returnId());
        if (rma.getStatus() != ReturnStatus.INSPECTED || rma.getRefundedAt() != null) {
            return;
        }
        rma.setStatus(ReturnLifecycle.MACHINE.requireMove(rma.getReturnNumber(), rma.getStatus(),
                ReturnStatus.REFUND_FAILED));
        rma.setRefundFailure(failed.reason());
        steps.announce(rma, "refund of " + failed.amount() + " failed: " + failed.reason());
    }

    public void stockRestocked(StockRestocked restocked) {
        ReturnAuthorization rma = store.existing(restocked.returnId());
        if (rma.getRestockedAt() != null) {
            return;
        }
        rma.setRestockedAt(Instant.now());
        steps.announce(rma, restocked.quantity() + " unit(s) back on hand in warehouse " + restocked.warehouseId());
        steps.completeWhenSettled(rma);
    }

    public void replacementPlaced(ReplacementPlaced placed) {
        ReturnAuthorization rma = store.existing(placed.returnId());
        if (rma.getReplacementOrderId() != null) {
            return;
        }
        rma.setReplacementOrderId(placed.replacementOrderId());
        rma.setReplacementOrderNumber(placed.replacementOrderNumber());
        steps.announce(rma, "replacement order " + placed.replacementOrderNumber() + " placed");
        steps.completeWhenSettled(rma);
    }
}
