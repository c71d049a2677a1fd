package com.agora.order.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.agora.kernel.error.DomainProblem;
import com.agora.product.boundary.ProductViews.CatalogPrice;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SellingMerchantTest {

    private static CatalogPrice price(long variantId, long merchantId, boolean sellable) {
        return new CatalogPrice(variantId, 100 + variantId, merchantId, "SKU-" + variantId, "Variant " + variantId,
                new BigDecimal("9.90"), sellable, null);
    }

    @Test
    void theMerchantOfAllLinesSellsTheOrder() {
        assertEquals(7L, OrderPlacement.sellingMerchant(List.of(1L, 2L, 1L),
                Map.of(1L, price(1, 7, true), 2L, price(2, 7, true))));
    }

    @Test
    void everyItemThatCannotBeSoldIsNamed() {
        DomainProblem problem = assertThrows(DomainProblem.class, () -> OrderPlacement.sellingMerchant(
                List.of(1L, 2L, 3L), Map.of(1L, price(1, 7, true),
                        3L, price(3, 7, false))));

        assertEquals(List.of("items[1].variantId", "items[2].variantId"),
                problem.fieldErrors().stream().map(DomainProblem.FieldError::field).toList());
    }

    @Test
    void linesOfTwoMerchantsAreRefused() {
        DomainProblem problem = assertThrows(DomainProblem.class, () -> OrderPlacement.sellingMerchant(
                List.of(1L, 2L), Map.of(1L, price(1, 7, true),
                        2L, price(2, 8, true))));

        assertEquals("items", problem.fieldErrors().get(0).field());
    }
}
