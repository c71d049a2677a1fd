package com.agora.returns.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.agora.returns.control.RefundCalculation.OrderAmounts;
import com.agora.returns.control.RefundCalculation.Refund;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RefundCalculationTest {

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private static OrderAmounts order(String subtotal, String tax, String discount) {
        return new OrderAmounts(money(subtotal), money(tax), money(discount));
    }

    @Test
    void unitsAtThePricePaidPlusTheirShareOfTheTax() {
        // Order: 4 × 12.50 + 1 × 50.00 = 100.00 merchandise, 8.00 tax.
        Refund refund = RefundCalculation.refundFor(money("12.50"), 2, order("100.00", "8.00", "0.00"),
                BigDecimal.ZERO);

        assertEquals(money("25.00"), refund.merchandise());
        assertEquals(money("2.00"), refund.tax());
        assertEquals(money("0.00"), refund.discount());
        assertEquals(money("27.00"), refund.total());
    }

    @Test
    void sharesOfSeveralReturnsAddUpToWhatWasPaid() {
        // 3 × 3.33 = 9.99 merchandise, 0.80 tax: a third of the tax is 0.2666…, which rounds differently each time.
        OrderAmounts order = order("9.99", "0.80", "0.00");
        BigDecimal returned = BigDecimal.ZERO;
        BigDecimal taxRefunded = BigDecimal.ZERO;
        BigDecimal refunded = BigDecimal.ZERO;
        for (int unit = 0; unit < 3; unit++) {
            Refund refund = RefundCalculation.refundFor(money("3.33"), 1, order, returned);
            returned = returned.add(refund.merchandise());
            taxRefunded = taxRefunded.add(refund.tax());
            refunded = refunded.add(refund.total());
        }

        assertEquals(money("9.99"), returned);
        assertEquals(money("0.80"), taxRefunded);
        assertEquals(money("10.79"), refunded);
    }

    @Test
    void anUntaxedOrderRefundsTheMerchandiseOnly() {
        Refund refund = RefundCalculation.refundFor(money("19.99"), 1, order("19.99", "0.00", "0.00"),
                BigDecimal.ZERO);

        assertEquals(money("19.99"), refund.total());
        assertEquals(money("0.00"), refund.tax());
    }

    @Test
    void aDiscountIsSharedLikeTheTax() {
        // 2 × 50.00, 8.00 tax, 10.80 off: the customer paid 97.20 for the goods, half of it for one unit.
        Refund refund = RefundCalculation.refundFor(money("50.00"), 1, order("100.00", "8.00", "10.80"),
                BigDecimal.ZERO);

        assertEquals(money("48.60"), refund.total());
        assertEquals(money("5.40"), refund.discount());
    }

    @Test
    void aReplacementSentAtNoChargeRefundsNothing() {
        // The discount of a no-charge order is its whole total, shipping included.
        Refund refund = RefundCalculation.refundFor(money("25.00"), 1, order("25.00", "2.00", "37.00"),
                BigDecimal.ZERO);

        assertEquals(money("0.00"), refund.total());
    }

    @Test
    void returnsCannotBeWorthMoreThanTheOrdersMerchandise() {
        assertThrows(IllegalArgumentException.class, () -> RefundCalculation.refundFor(money("10.00"), 2,
                order("30.00", "2.40", "0.00"), money("15.00")));
        assertThrows(IllegalArgumentException.class, () -> RefundCalculation.refundFor(money("10.00"), 0,
                order("30.00", "2.40", "0.00"), BigDecimal.ZERO));
    }
}
