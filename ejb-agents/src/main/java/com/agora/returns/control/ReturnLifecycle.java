package com.agora.returns.control;

import com.agora.kernel.lifecycle.StatusMachine;
import com.agora.returns.entity.ReturnStatus;
import com.agora.returns.entity.ReturnType;
import java.util.EnumSet;
import java.util.Set;

/**
 * The RMA status machine. A request is approved or rejected (by the automatic rules or a person), the parcel is
 * received at the warehouse and inspected; then Payment refunds (or the Order agent places a replacement) and
 * Inventory restocks what passed inspection. The return completes when every follow-up it asked for is done.
 * A failed refund stays visible and may be asked for again.
 */
public final class ReturnLifecycle {

    public static final StatusMachine<ReturnStatus> MACHINE = StatusMachine.of(ReturnStatus.class, "return")
            .starting(ReturnStatus.REQUESTED)
            .allow(ReturnStatus.REQUESTED, ReturnStatus.APPROVED, ReturnStatus.REJECTED, ReturnStatus.CANCELLED)
            .allow(ReturnStatus.APPROVED, ReturnStatus.RECEIVED, ReturnStatus.CANCELLED)
            .allow(ReturnStatus.RECEIVED, ReturnStatus.INSPECTED)
            .allow(ReturnStatus.INSPECTED, ReturnStatus.REFUNDED, ReturnStatus.REFUND_FAILED, ReturnStatus.COMPLETED)
            .allow(ReturnStatus.REFUND_FAILED, ReturnStatus.INSPECTED, ReturnStatus.REFUNDED)
            .allow(ReturnStatus.REFUNDED, ReturnStatus.COMPLETED)
            .finalStatuses(ReturnStatus.REJECTED, ReturnStatus.COMPLETED, ReturnStatus.CANCELLED)
            .build();

    /** Returns that no longer hold units of their order line: those units may be returned again. */
    private static final Set<ReturnStatus> RELEASED = EnumSet.of(ReturnStatus.REJECTED, ReturnStatus.CANCELLED);

    private ReturnLifecycle() {
    }

    public static boolean allows(ReturnStatus from, ReturnStatus to) {
        return MACHINE.allows(from, to);
    }

    /** Whether the return's units count against what may still be returned of its order line. */
    public static boolean holdsUnits(ReturnStatus status) {
        return !RELEASED.contains(status);
    }

    public static Set<ReturnStatus> releasedStatuses() {
        return RELEASED;
    }

    /**
     * Whether everything the inspected return asked for has happened: the refund (or the replacement order for an
     * exchange), and the restock unless the units failed inspection.
     */
    public static boolean isSettled(ReturnType type, boolean refunded, boolean replacementPlaced,
            boolean restockOutstanding) {
        boolean compensated = type == ReturnType.EXCHANGE ? replacementPlaced : refunded;
        return compensated && !restockOutstanding;
    }

    public static String label(ReturnStatus status) {
        return MACHINE.label(status);
    }
}
