package com.agora.warehouse.control;

import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.error.Codes;
import com.agora.kernel.lifecycle.StatusMachine;
import com.agora.warehouse.entity.PickListStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a pick list moves on the warehouse floor, and how busy a warehouse is. */
public final class FloorRules {

    /**
     * A pick list is picked, packed, and shipped once a carrier has its parcel; until then it can be taken back.
     *
     * <p>Why a cancelled pick list may still become shipped: the Carrier agent looks for a cancellation of the order
     * when the packed parcel reaches it, so it can buy the label just before the cancellation commits, and its
     * ShipmentCreated can reach the warehouse after the OrderCancelled did. The pick list was cancelled by then, yet
     * the parcel has left with the carrier; the pick list follows what happened, not what was asked for.
     */
    public static final StatusMachine<PickListStatus> PICK_LIST = StatusMachine.of(PickListStatus.class, "pick list")
            .starting(PickListStatus.OPEN)
            .allow(PickListStatus.OPEN, PickListStatus.PICKED, PickListStatus.CANCELLED)
            .allow(PickListStatus.PICKED, PickListStatus.PACKED, PickListStatus.CANCELLED)
            .allow(PickListStatus.PACKED, PickListStatus.SHIPPED, PickListStatus.CANCELLED)
            .allow(PickListStatus.CANCELLED, PickListStatus.SHIPPED)
            .finalStatuses(PickListStatus.SHIPPED)
            .build();

    private FloorRules() {
    }

    /** Picking takes an open pick list off the shelves. */
    public static void requirePickable(long pickListId, PickListStatus status) {
        if (!PICK_LIST.allows(status, PickListStatus.PICKED)) {
            throw DomainProblem.conflict("pick list " + pickListId + " is " + Codes.code(status)
                    + "; only an open one can be picked");
        }
    }

    /** Packing closes a picked pick list; an open one must be picked first. */
    public static void requirePackable(long pickListId, PickListStatus status) {
        if (!PICK_LIST.allows(status, PickListStatus.PACKED)) {
            throw DomainProblem.conflict("pick list " + pickListId + " is " + Codes.code(status)
                    + "; only a picked one can be packed");
        }
    }

    /** A cancelled order takes back every pick list that is not cancelled yet and not with a carrier. */
    public static boolean cancellable(PickListStatus status) {
        return PICK_LIST.allows(status, PickListStatus.CANCELLED);
    }

    /**
     * Whether a carrier taking the parcel is news to the pick list: a repeated ShipmentCreated finds it shipped and
     * changes nothing.
     */
    public static boolean awaitsHandover(PickListStatus status) {
        return status != PickListStatus.SHIPPED;
    }

    /**
     * Today's units as a percentage of the warehouse's daily throughput, two decimals; null when the warehouse has
     * no capacity on record, since a percentage of nothing means nothing.
     */
    public static BigDecimal utilisationPercent(long unitsToday, Integer dailyCapacity) {
        if (dailyCapacity == null || dailyCapacity <= 0) {
            return null;
        }
        return BigDecimal.valueOf(unitsToday * 100L).divide(BigDecimal.valueOf(dailyCapacity), 2, RoundingMode.HALF_UP);
    }
}
