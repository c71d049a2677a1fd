package com.agora.order.control;

import com.agora.kernel.error.Codes;
import com.agora.kernel.lifecycle.StatusMachine;
import com.agora.order.entity.ParcelStatus;

/**
 * How far a parcel of the order got, as the carrier's reports tell it. A parcel may be scanned on its way any number
 * of times and may run into a problem and recover; once delivered, a late report of an earlier scan no longer
 * moves it.
 */
public final class ParcelLifecycle {

    public static final StatusMachine<ParcelStatus> MACHINE = StatusMachine.of(ParcelStatus.class, "parcel")
            .starting(ParcelStatus.CREATED)
            .allow(ParcelStatus.CREATED, ParcelStatus.IN_TRANSIT, ParcelStatus.EXCEPTION, ParcelStatus.DELIVERED)
            .allow(ParcelStatus.IN_TRANSIT, ParcelStatus.IN_TRANSIT, ParcelStatus.EXCEPTION, ParcelStatus.DELIVERED)
            .allow(ParcelStatus.EXCEPTION, ParcelStatus.IN_TRANSIT, ParcelStatus.EXCEPTION, ParcelStatus.DELIVERED)
            .finalStatuses(ParcelStatus.DELIVERED)
            .build();

    private ParcelLifecycle() {
    }

    /** The status a carrier's report names; Transport accepts only in_transit, delivered and exception. */
    public static ParcelStatus reported(String code) {
        return Codes.parse(ParcelStatus.class, "status", code);
    }
}
