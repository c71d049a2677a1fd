package com.agora.returns.boundary;

import com.agora.returns.control.ReturnEligibility.Shipped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the Returns agent needs to know of an order to accept a return: its lines, totals, parcels and delivery. */
record PurchasedOrder(long id, String orderNumber, String status, long customerId, long merchantId,
        BigDecimal subtotal, BigDecimal tax, Instant deliveredAt, List<Line> lines, List<Shipped> shipped) {

    record Line(long id, long variantId, int quantity, BigDecimal unitPrice) {
    }

    boolean delivered() {
        return "delivered".equals(status);
    }

    Optional<Line> line(long lineId) {
        return lines.stream().filter(l -> l.id() == lineId).findFirst();
    }
}
