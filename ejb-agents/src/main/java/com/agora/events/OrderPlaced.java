package com.agora.events;

import java.util.List;

public record OrderPlaced(long orderId, String orderNumber, long merchantId, long customerId, List<Line> lines) {

    public record Line(long productId, long variantId, int quantity) {
    }
}
