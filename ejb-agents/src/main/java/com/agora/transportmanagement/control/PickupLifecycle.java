package com.agora.transportmanagement.control;

import com.agora.kernel.lifecycle.StatusMachine;
import com.agora.transportmanagement.entity.PickupStatus;

/**
 * A pickup is scheduled when its first shipment needs one (the row is inserted with the column's default status) and
 * is collected once; parcels packed after that wait for the next day's pickup.
 */
public final class PickupLifecycle {

    public static final StatusMachine<PickupStatus> MACHINE = StatusMachine.of(PickupStatus.class, "pickup")
            .starting(PickupStatus.SCHEDULED)
            .allow(PickupStatus.SCHEDULED, PickupStatus.COLLECTED)
            .finalStatuses(PickupStatus.COLLECTED)
            .build();

    private PickupLifecycle() {
    }
}
