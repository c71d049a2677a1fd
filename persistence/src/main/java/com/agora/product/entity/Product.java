package com.agora.product.entity;

import com.agora.persistence.TimestampedEntity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A catalogue entry. It is never sold directly: stock and order lines always reference one of its variants.
 */
@Entity
@Table(name = "products")
public class Product extends TimestampedEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "merchant_id")
    private Long merchantId;

    @Column(name = "category_id")
    private Long categoryId;

    private String sku;

    private String name;

    private String slug;

    private String description;

    @Column(name = "short_description")
    private String shortDescription;

    private BigDecimal price;

    private BigDecimal cost;

    @Column(name = "compare_at_price")
    private BigDecimal compareAtPrice;

    private BigDecimal weight;

    /** jsonb document, e.g. {"length": 30, "width": 20, "height": 10, "unit": "cm"}. */
    private String dimensions;

    /** jsonb array of image URLs. */
    private String images;

    @Convert(converter = ProductStatusConverter.class)
    private ProductStatus status = ProductStatus.DRAFT;

    @Column(name = "is_featured")
    private boolean featured;

    private BigDecimal rating;

    @Column(name = "review_count")
    private int reviewCount;

    @Column(name = "view_count")
    private int viewCount;

    @Column(name = "sales_count")
    private int salesCount;

    /** jsonb array of strings. */
    private String tags;

    @Version
    private long version;

    /** Read for a whole page of products in one IN query, not one query per product. */
    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @BatchFetch(BatchFetchType.IN)
    private List<ProductVariant> variants = new ArrayList<>();

    public Long getMerchantId() {
        return merchantId;
    }

    public void setMerchantId(Long merchantId) {
        this.merchantId = merchantId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getShortDescription() {
        return shortDescription;
    }

    public void setShortDescription(String shortDescription) {
        this.shortDescription = shortDescription;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public void setCost(BigDecimal cost) {
        this.cost = cost;
    }

    public BigDecimal getCompareAtPrice() {
        return compareAtPrice;
    }

    public void setCompareAtPrice(BigDecimal compareAtPrice) {
        this.compareAtPrice = compareAtPrice;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public void setWeight(BigDecimal weight) {
        this.weight = weight;
    }

    public String getDimensions() {
        return dimensions;
    }

    public void setDimensions(String dimensions) {
        this.dimensions = dimensions;
    }

    public String getImages() {
        return images;
    }

    public void setImages(String images) {
        this.images = images;
    }

    public ProductStatus getStatus() {
        return status;
    }

    public void setStatus(ProductStatus status) {
        this.status = status;
    }

    public boolean isFeatured() {
        return featured;
    }

    public void setFeatured(boolean featured) {
        this.featured = featured;
    }

    public BigDecimal getRating() {
        return rating;
    }

    public void setRating(BigDecimal rating) {
        this.rating = rating;
    }

    public int getReviewCount() {
        return reviewCount;
    }

    public void setReviewCount(int reviewCount) {
        this.reviewCount = reviewCount;
    }

    public int getViewCount() {
        return viewCount;
    }

    public void setViewCount(int viewCount) {
        this.viewCount = viewCount;
    }

    public int getSalesCount() {
        return salesCount;
    }

    public void setSalesCount(int salesCount) {
        this.salesCount = salesCount;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public long getVersion() {
        return version;
    }

    public List<ProductVariant> getVariants() {
        return variants;
    }

    /** Adds a variant and sets its back-reference, so both sides of the relation agree before the flush. */
    public void addVariant(ProductVariant variant) {
        variant.setProduct(this);
        variants.add(variant);
    }

    public void removeVariant(ProductVariant variant) {
        variants.remove(variant);
        variant.setProduct(null);
    }

    public Optional<ProductVariant> defaultVariant() {
        return variants.stream().filter(ProductVariant::isDefaultVariant).findFirst();
    }
}
