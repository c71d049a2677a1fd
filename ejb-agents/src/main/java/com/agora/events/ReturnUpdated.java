package com.agora.events;

import java.math.BigDecimal;

/** A step of a return (RMA), for the order's timeline. {@code status} is the return's new status. */
public record ReturnUpdated(long orderId, long returnId, String returnNumber, String status, String detail,
        BigDecimal refundAmount) {
}
