package com.agora.payment.control;

import com.agora.kernel.lifecycle.StatusMachine;
import com.agora.payment.entity.TransactionStatus;

/**
 * A gateway attempt is recorded once the gateway has answered (or failed to answer in time), and its outcome never
 * changes: a capture, void or refund of it is an attempt of its own. No attempt is recorded as pending or cancelled,
 * although the table allows both.
 */
public final class TransactionLifecycle {

    public static final StatusMachine<TransactionStatus> MACHINE = StatusMachine
            .of(TransactionStatus.class, "transaction")
            .starting(TransactionStatus.SUCCESS, TransactionStatus.FAILED)
            .finalStatuses(TransactionStatus.PENDING, TransactionStatus.SUCCESS, TransactionStatus.FAILED,
                    TransactionStatus.CANCELLED)
            .build();

    private TransactionLifecycle() {
    }
}
