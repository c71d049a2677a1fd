package com.agora.product.control;

import com.agora.kernel.lifecycle.StatusMachine;
import com.agora.product.entity.ProductStatus;

/**
 * A merchant creates a product as a draft, for sale or not for sale, and may then give it any status (an update
 * names the status even when it stays the same); archiving takes it out of the catalog for good, kept only for the
 * order history.
 */
public final class ProductLifecycle {

    public static final StatusMachine<ProductStatus> MACHINE = StatusMachine.of(ProductStatus.class, "product")
            .starting(ProductStatus.DRAFT, ProductStatus.ACTIVE, ProductStatus.INACTIVE)
            .allow(ProductStatus.DRAFT, ProductStatus.DRAFT, ProductStatus.ACTIVE, ProductStatus.INACTIVE,
                    ProductStatus.OUT_OF_STOCK, ProductStatus.ARCHIVED)
            .allow(ProductStatus.ACTIVE, ProductStatus.DRAFT, ProductStatus.ACTIVE, ProductStatus.INACTIVE,
                    ProductStatus.OUT_OF_STOCK, ProductStatus.ARCHIVED)
            .allow(ProductStatus.INACTIVE, ProductStatus.DRAFT, ProductStatus.ACTIVE, ProductStatus.INACTIVE,
                    ProductStatus.OUT_OF_STOCK, ProductStatus.ARCHIVED)
            .allow(ProductStatus.OUT_OF_STOCK, ProductStatus.DRAFT, ProductStatus.ACTIVE, ProductStatus.INACTIVE,
                    ProductStatus.OUT_OF_STOCK, ProductStatus.ARCHIVED)
            .finalStatuses(ProductStatus.ARCHIVED)
            .build();

    private ProductLifecycle() {
    }
}
