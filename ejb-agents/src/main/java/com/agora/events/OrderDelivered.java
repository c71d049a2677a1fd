package com.agora.events;

import java.time.Instant;

public record OrderDelivered(long orderId, String orderNumber, long customerId, CustomerContact customer,
        Instant deliveredAt) {
}
