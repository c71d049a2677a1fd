package com.agora.events;

import java.math.BigDecimal;

public record PaymentVoided(long orderId, long transactionId, BigDecimal amount) {
}
