package com.agora.product.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.kernel.error.DomainProblem;
import com.agora.product.entity.ProductStatus;
import org.junit.jupiter.api.Test;

class ProductLifecycleTest {

    @Test
    void aNewProductIsADraftForSaleOrNotForSale() {
        assertEquals(ProductStatus.DRAFT, ProductLifecycle.MACHINE.start(ProductStatus.DRAFT));
        assertEquals(ProductStatus.ACTIVE, ProductLifecycle.MACHINE.start(ProductStatus.ACTIVE));
        assertEquals(ProductStatus.INACTIVE, ProductLifecycle.MACHINE.start(ProductStatus.INACTIVE));
        assertThrows(DomainProblem.class, () -> ProductLifecycle.MACHINE.start(ProductStatus.OUT_OF_STOCK));
        assertThrows(DomainProblem.class, () -> ProductLifecycle.MACHINE.start(ProductStatus.ARCHIVED));
    }

    @Test
    void anUpdateMayKeepOrChangeTheStatusOfAProductThatIsNotArchived() {
        assertTrue(ProductLifecycle.MACHINE.allows(ProductStatus.ACTIVE, ProductStatus.ACTIVE));
        assertTrue(ProductLifecycle.MACHINE.allows(ProductStatus.DRAFT, ProductStatus.OUT_OF_STOCK));
        assertTrue(ProductLifecycle.MACHINE.allows(ProductStatus.OUT_OF_STOCK, ProductStatus.ACTIVE));
        assertTrue(ProductLifecycle.MACHINE.allows(ProductStatus.INACTIVE, ProductStatus.ARCHIVED));
    }

    @Test
    void anArchivedProductNeverComesBack() {
        for (ProductStatus next : ProductStatus.values()) {
            assertFalse(ProductLifecycle.MACHINE.allows(ProductStatus.ARCHIVED, next), next.toString());
        }
        assertEquals("product 4 is archived and cannot become active", assertThrows(DomainProblem.class,
                () -> ProductLifecycle.MACHINE.requireMove("4", ProductStatus.ARCHIVED, ProductStatus.ACTIVE))
                .getMessage());
    }
}
