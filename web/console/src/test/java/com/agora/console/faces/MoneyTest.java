package com.agora.console.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void anAmountCarriesTwoDecimalsGroupedThousandsAndItsCurrency() {
        assertEquals("1,234.50 EUR", new Money().of(new BigDecimal("1234.5"), "EUR"));
        assertEquals("0.00 USD", new Money().of(BigDecimal.ZERO, "USD"));
        assertEquals("–", new Money().of(null, "USD"));
    }
}
