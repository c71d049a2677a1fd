package com.agora.inventory.control;

import com.agora.inventory.entity.ReservationStatus;
import com.agora.kernel.lifecycle.StatusMachine;

/**
 * Stock held for an order is either given back (the order was cancelled) or becomes a sale (it shipped), once; a
 * reservation that is no longer held takes part in neither.
 */
public final class ReservationLifecycle {

    public static final StatusMachine<ReservationStatus> MACHINE = StatusMachine
            .of(ReservationStatus.class, "stock reservation")
            .starting(ReservationStatus.RESERVED)
            .allow(ReservationStatus.RESERVED, ReservationStatus.RELEASED, ReservationStatus.CONSUMED)
            .finalStatuses(ReservationStatus.RELEASED, ReservationStatus.CONSUMED)
            .build();

    private ReservationLifecycle() {
    }
}
