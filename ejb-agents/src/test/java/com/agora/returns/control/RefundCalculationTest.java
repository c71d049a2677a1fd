package com.agora.returns.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RefundCalculationTest {

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void unitsAtThePricePaidPlusTheirShareOfTheTax() {
        // Order: 4 × 12.50 + 1 × 50.00 = 100.00 merchandise, 8.00 tax.
        RefundCalculation.Refund refund = RefundCalculation.refundFor(money("12.50"), 2, money("100.00"),
                money("8.00"), BigDecimal.ZERO);

        assertEquals(money("25.00"), refund.merchandise());
        assertEquals(money("2.00"), refund.tax());
        assertEquals(money("27.00"), refund.total());
    }

    @Test
    void taxSharesOfSeveralReturnsAddUpToTheTaxPaid() {
        // 3 × 3.33 = 9.99 merchandise, 0.80 tax: a third of the tax is 0.2666…, which rounds differently each time.
        BigDecimal subtotal = money("9.99");
        BigDecimal tax = money("0.80");
        BigDecimal returned = BigDecimal.ZERO;
        BigDecimal taxRefunded = BigDecimal.ZERO;
        for (int unit = 0; unit < 3; unit++) {
            RefundCalculation.Refund refund = RefundCalculation.refundFor(money("3.33"), 1, subtotal, tax, returned);
            returned = returned.add(refund.merchandise());
            taxRefunded = taxRefunded.add(refund.tax());
        }

        assertEquals(money("9.99"), returned);
        assertEquals(money("0.80"), taxRefunded);
    }

    @Test
    void anUntaxedOrderRefundsTheMerchandiseOnly() {
        RefundCalculation.Refund refund = RefundCalculation.refundFor(money("19.99"), 1, money("19.99"),
                money("0.00"), BigDecimal.ZERO);

        assertEquals(money("19.99"), refund.total());
        assertEquals(money("0.00"), refund.tax());
    }

    @Test
    void returnsCannotBeWorthMoreThanTheOrdersMerchandise() {
        assertThrows(IllegalArgumentException.class, () -> RefundCalculation.refundFor(money("10.00"), 2,
                money("30.00"), money("2.40"), money("15.00")));
        assertThrows(IllegalArgumentException.class, () -> RefundCalculation.refundFor(money("10.00"), 0,
                money("30.00"), money("2.40"), BigDecimal.ZERO));
    }
}
