package com.agora.returns.boundary;

import com.agora.kernel.error.DomainProblem;
import com.agora.returns.control.ReturnEligibility.Shipped;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The Returns agent's view of an order. STAND-IN until the Order agent's {@code orderFacts(orderId)} query lands on
 * main: it reads the order's rows directly, which no agent may do for good. On that merge this class maps
 * {@code OrderAgent.orderFacts} to {@link PurchasedOrder} instead and the SQL goes.
 */
@Dependent
public class OrderFacts {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    PurchasedOrder of(long orderId) {
        List<Object[]> rows = rows("select order_number, status, customer_id, merchant_id, subtotal, tax,"
                + " delivered_at from orders where id = ?1", orderId);
        if (rows.isEmpty()) {
            throw DomainProblem.notFound("order", orderId);
        }
        Object[] order = rows.get(0);
        List<PurchasedOrder.Line> lines = rows("select id, variant_id, quantity, unit_price from order_items"
                + " where order_id = ?1 order by id", orderId).stream()
                .map(l -> new PurchasedOrder.Line(number(l[0]), number(l[1]), (int) number(l[2]), (BigDecimal) l[3]))
                .toList();
        List<Shipped> shipped = rows("select variant_id, warehouse_id, quantity from order_allocations"
                + " where order_id = ?1", orderId).stream()
                .map(a -> new Shipped(number(a[0]), number(a[1]), (int) number(a[2])))
                .toList();
        return new PurchasedOrder(orderId, (String) order[0], (String) order[1], number(order[2]), number(order[3]),
                (BigDecimal) order[4], (BigDecimal) order[5], instant(order[6]), lines, shipped);
    }

    private List<Object[]> rows(String sql, long orderId) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, orderId).getResultList();
        return rows.stream().map(row -> (Object[]) row).toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
