package com.agora.returns.control;

import com.agora.kernel.error.DomainProblem;
import com.agora.returns.entity.ReturnStatus;
import com.agora.returns.entity.ReturnType;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The RMA status machine. A request is approved or rejected (by the automatic rules or a person), the parcel is
 * received at the warehouse and inspected; then Payment refunds (or the Order agent places a replacement) and
 * Inventory restocks what passed inspection. The return completes when every follow-up it asked for is done.
 * A failed refund stays visible and may be asked for again.
 */
public final class ReturnLifecycle {

    private static final Map<ReturnStatus, Set<ReturnStatus>> NEXT = Map.of(
            ReturnStatus.REQUESTED, EnumSet.of(ReturnStatus.APPROVED, ReturnStatus.REJECTED, ReturnStatus.CANCELLED),
            ReturnStatus.APPROVED, EnumSet.of(ReturnStatus.RECEIVED, ReturnStatus.CANCELLED),
            ReturnStatus.RECEIVED, EnumSet.of(ReturnStatus.INSPECTED),
            ReturnStatus.INSPECTED, EnumSet.of(ReturnStatus.REFUNDED, ReturnStatus.REFUND_FAILED,
                    ReturnStatus.COMPLETED),
            ReturnStatus.REFUND_FAILED, EnumSet.of(ReturnStatus.INSPECTED, ReturnStatus.REFUNDED),
            ReturnStatus.REFUNDED, EnumSet.of(ReturnStatus.COMPLETED),
            ReturnStatus.REJECTED, EnumSet.noneOf(ReturnStatus.class),
            ReturnStatus.COMPLETED, EnumSet.noneOf(ReturnStatus.class),
            ReturnStatus.CANCELLED, EnumSet.noneOf(ReturnStatus.class));

    /** Returns that no longer hold units of their order line: those units may be returned again. */
    private static final Set<ReturnStatus> RELEASED = EnumSet.of(ReturnStatus.REJECTED, ReturnStatus.CANCELLED);

    private ReturnLifecycle() {
    }

    public static boolean allows(ReturnStatus from, ReturnStatus to) {
        return NEXT.getOrDefault(from, Set.of()).contains(to);
    }

    public static void requireTransition(String returnNumber, ReturnStatus from, ReturnStatus to) {
        if (!allows(from, to)) {
            throw DomainProblem.conflict("return " + returnNumber + " is " + label(from) + " and cannot become "
                    + label(to));
        }
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
        return status.name().toLowerCase(Locale.ROOT);
    }
}
