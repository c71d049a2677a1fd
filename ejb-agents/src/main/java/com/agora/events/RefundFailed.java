package com.agora.events;

import java.math.BigDecimal;

public record RefundFailed(long orderId, Long returnId, BigDecimal amount, String reason) {
}
