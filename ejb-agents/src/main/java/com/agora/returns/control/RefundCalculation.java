package com.agora.returns.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a returned quantity of an order line is worth: the units at the price paid plus their share of the order's
 * tax, in proportion to the merchandise value, less their share of any discount. Shipping is not refunded, and a
 * discount is taken from the goods first, so a replacement sent at no charge refunds nothing.
 *
 * <p>Shares are taken cumulatively over the order's returns: the share of everything returned so far including this
 * return, minus the share of what was returned before. Each return rounds to cents, yet when the whole order comes
 * back the refunds add up to exactly what the customer paid for the goods.
 */
public final class RefundCalculation {

    /** {@code total} = {@code merchandise} + {@code tax} − {@code discount}. */
    public record Refund(BigDecimal merchandise, BigDecimal tax, BigDecimal discount, BigDecimal total) {
    }

    /** The amounts of the whole order a refund is a share of. */
    public record OrderAmounts(BigDecimal subtotal, BigDecimal tax, BigDecimal discount) {
    }

    private RefundCalculation() {
    }

    /**
     * @param unitPrice what one unit of the line cost
     * @param quantity units returned now
     * @param order the order's merchandise value, tax and discount
     * @param returnedBefore merchandise value of the order's earlier returns that still stand
     */
    public static Refund refundFor(BigDecimal unitPrice, int quantity, OrderAmounts order, BigDecimal returnedBefore) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("a return holds at least one unit, not " + quantity);
        }
        BigDecimal merchandise = cents(unitPrice.multiply(BigDecimal.valueOf(quantity)));
        BigDecimal returnedAfter = returnedBefore.add(merchandise);
        if (returnedAfter.compareTo(order.subtotal()) > 0) {
            throw new IllegalArgumentException("returns worth " + returnedAfter + " exceed the order's merchandise "
                    + order.subtotal());
        }
        BigDecimal paidForGoods = order.subtotal().add(order.tax()).subtract(order.discount()).max(BigDecimal.ZERO);
        BigDecimal tax = share(order.tax(), returnedAfter, order).subtract(share(order.tax(), returnedBefore, order));
        BigDecimal total = share(paidForGoods, returnedAfter, order)
                .subtract(share(paidForGoods, returnedBefore, order));
        return new Refund(merchandise, tax, merchandise.add(tax).subtract(total), total);
    }

    private static BigDecimal share(BigDecimal amount, BigDecimal returned, OrderAmounts order) {
        if (order.subtotal().signum() == 0) {
            return cents(BigDecimal.ZERO);
        }
        return amount.multiply(returned).divide(order.subtotal(), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
