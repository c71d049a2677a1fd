package com.agora.returns.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a returned quantity of an order line is worth: the units at the price paid plus their share of the order's
 * tax, in proportion to the merchandise value. Shipping is not refunded.
 *
 * <p>The tax share is taken cumulatively over the order's returns: the share of everything returned so far including
 * this return, minus the share of what was returned before. Each return rounds to cents, yet when the whole order
 * comes back the tax shares add up to exactly the tax the customer paid.
 */
public final class RefundCalculation {

    public record Refund(BigDecimal merchandise, BigDecimal tax, BigDecimal total) {
    }

    private RefundCalculation() {
    }

    /**
     * @param unitPrice what one unit of the line cost
     * @param quantity units returned now
     * @param orderSubtotal the merchandise value of the whole order
     * @param orderTax the tax charged on the whole order
     * @param returnedBefore merchandise value of the order's earlier returns that still stand
     */
    public static Refund refundFor(BigDecimal unitPrice, int quantity, BigDecimal orderSubtotal, BigDecimal orderTax,
            BigDecimal returnedBefore) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("a return holds at least one unit, not " + quantity);
        }
        BigDecimal merchandise = cents(unitPrice.multiply(BigDecimal.valueOf(quantity)));
        BigDecimal returnedAfter = returnedBefore.add(merchandise);
        if (returnedAfter.compareTo(orderSubtotal) > 0) {
            throw new IllegalArgumentException("returns worth " + returnedAfter + " exceed the order's merchandise "
                    + orderSubtotal);
        }
        BigDecimal tax = taxShare(returnedAfter, orderSubtotal, orderTax)
                .subtract(taxShare(returnedBefore, orderSubtotal, orderTax));
        return new Refund(merchandise, tax, merchandise.add(tax));
    }

    private static BigDecimal taxShare(BigDecimal returned, BigDecimal subtotal, BigDecimal tax) {
        if (subtotal.signum() == 0) {
            return cents(BigDecimal.ZERO);
        }
        return tax.multiply(returned).divide(subtotal, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
