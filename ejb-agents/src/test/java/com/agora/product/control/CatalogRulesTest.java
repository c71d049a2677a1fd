package com.agora.product.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.agora.kernel.error.DomainProblem;
import com.agora.product.entity.Product;
import com.agora.product.entity.ProductVariant;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogRulesTest {

    @Test
    void aLeadingMinusSortsDescending() {
        assertEquals(new ProductSort("price", true), ProductSort.parse("-price"));
        assertEquals(ProductSort.DEFAULT, ProductSort.parse(null));
    }

    @Test
    void onlyKnownFieldsAreAccepted() {
        DomainProblem problem = assertThrows(DomainProblem.class, () -> ProductSort.parse("password_hash"));
        assertEquals("sort", problem.fieldErrors().get(0).field());
    }

    @Test
    void aCategoryIncludesItsWholeSubtree() {
        CategoryTree tree = new CategoryTree(List.of(new CategoryTree.Node(1, null), new CategoryTree.Node(2, 1L),
                new CategoryTree.Node(3, 2L), new CategoryTree.Node(4, null)));

        assertEquals(Set.of(1L, 2L, 3L), tree.withDescendants(1));
        assertEquals(Set.of(4L), tree.withDescendants(4));
    }

    @Test
    void aUnitWeighsWhatItsVariantWeighsElseWhatItsProductWeighsElseNothingOnRecord() {
        Product lamp = new Product();
        ProductVariant brass = new ProductVariant();
        brass.setProduct(lamp);

        assertNull(brass.shippingWeightKg(), "the warehouse weighs it at its default");
        lamp.setWeight(new BigDecimal("1.200"));
        assertEquals(new BigDecimal("1.200"), brass.shippingWeightKg());
        brass.setWeight(new BigDecimal("1.450"));
        assertEquals(new BigDecimal("1.450"), brass.shippingWeightKg());
    }

    @Test
    void slugsAreUrlSafe() {
        assertEquals("cafe-creme-m1-p001", Slugs.of("Café  Crème!", "M1-P001"));
    }
}
