package com.agora.warehouse.control;

import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.error.Codes;
import com.agora.kernel.lifecycle.StatusMachine;
import com.agora.warehouse.entity.PickListStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a pick list moves on the warehouse floor, and how busy a warehouse is. */
public final class FloorRules {

    /** A pick list can be taken back until a carrier has it, which the pick list itself does not record. */
    public static final StatusMachine<PickListStatus> PICK_LIST = StatusMachine.of(PickListStatus.class, "pick list")
            .starting(PickListStatus.OPEN)
            .allow(PickListStatus.OPEN, PickListStatus.PICKED, PickListStatus.CANCELLED)
            .allow(PickListStatus.PICKED, PickListStatus.PACKED, PickListStatus.CANCELLED)
            .allow(PickListStatus.PACKED, PickListStatus.CANCELLED)
            .finalStatuses(PickListStatus.CANCELLED)
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
    public static boolean cancellable(PickListStatus status, boolean shipped) {
        return !shipped && PICK_LIST.allows(status, PickListStatus.CANCELLED);
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
