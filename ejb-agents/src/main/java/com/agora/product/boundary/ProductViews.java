package com.agora.product.boundary;

import com.agora.product.entity.Category;
import com.agora.product.entity.Product;
import com.agora.product.entity.ProductVariant;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** What clients see of the catalog. */
public final class ProductViews {

    private ProductViews() {
    }

    public record ProductView(long id, long merchantId, Long categoryId, String sku, String name, String slug,
            String description, BigDecimal price, BigDecimal compareAtPrice, String status, List<VariantView> variants,
            Instant createdAt, Instant updatedAt) {
    }

    public record VariantView(long id, String sku, String name, BigDecimal price, boolean defaultVariant) {
    }

    public record CategoryView(long id, Long parentId, String name, String slug, String description, boolean active,
            int sortOrder) {
    }

    /**
     * The price the catalog charges today for one variant; orders take prices from here, never from clients.
     *
     * @param shippingWeightKg what one unit weighs in a parcel, kept on the order line so the warehouse weighs the
     *                         parcel from the order's events; null when the catalog has no weight for it
     */
    public record CatalogPrice(long variantId, long productId, long merchantId, String sku, String name,
            BigDecimal unitPrice, boolean sellable, BigDecimal shippingWeightKg) {
    }

    static ProductView of(Product p) {
        List<VariantView> variants = p.getVariants().stream()
                .sorted(Comparator.comparing(ProductVariant::getId, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(v -> new VariantView(v.getId() == null ? 0 : v.getId(), v.getSku(), v.getName(),
                        v.getPrice() == null ? p.getPrice() : v.getPrice(), v.isDefaultVariant()))
                .toList();
        return new ProductView(p.getId(), p.getMerchantId(), p.getCategoryId(), p.getSku(), p.getName(), p.getSlug(),
                p.getDescription(), p.getPrice(), p.getCompareAtPrice(), p.getStatus().name().toLowerCase(), variants,
                p.getCreatedAt(), p.getUpdatedAt());
    }

    static CategoryView of(Category c) {
        return new CategoryView(c.getId(), c.getParentId(), c.getName(), c.getSlug(), c.getDescription(),
                c.isActive(), c.getSortOrder());
    }
}
