package com.agora.events;

import java.math.BigDecimal;

public record PaymentAuthorized(long orderId, long transactionId, BigDecimal amount, String currency) {
}
