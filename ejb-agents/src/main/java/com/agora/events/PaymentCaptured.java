package com.agora.events;

import java.math.BigDecimal;

public record PaymentCaptured(long orderId, long transactionId, BigDecimal amount) {
}
