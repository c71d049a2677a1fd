package com.agora.product.entity;

/**
 * Catalogue lifecycle of a product; stored as the lowercase code in {@code products.status}.
 */
public enum ProductStatus {
    DRAFT,
    ACTIVE,
    INACTIVE,
    OUT_OF_STOCK,
    ARCHIVED
}
