package com.agora.product.entity;

import com.agora.persistence.TimestampedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * A sellable unit of a product (a size, a colour...), with its own SKU and optionally its own price.
 */
@Entity
@Table(name = "product_variants")
public class ProductVariant extends TimestampedEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    private String sku;

    private String name;

    /** Null means "same as the product price". */
    private BigDecimal price;

    private BigDecimal cost;

    @Column(name = "compare_at_price")
    private BigDecimal compareAtPrice;

    private BigDecimal weight;

    @Column(name = "image_url")
    private String imageUrl;

    /** jsonb object of option values, e.g. {"color": "Black"}. */
    private String attributes;

    @Column(name = "is_default")
    private boolean defaultVariant;

    public Product getProduct() {
        return product;
    }

    public void setProduct(Product product) {
        this.product = product;
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

    public String getImageUrl() {
        return imageUrl;
    }

    public void setImageUrl(String imageUrl) {
        this.imageUrl = imageUrl;
    }

    public String getAttributes() {
        return attributes;
    }

    public void setAttributes(String attributes) {
        this.attributes = attributes;
    }

    public boolean isDefaultVariant() {
        return defaultVariant;
    }

    public void setDefaultVariant(boolean defaultVariant) {
        this.defaultVariant = defaultVariant;
    }

    /** The price a buyer pays for this variant: its own price, or the product price when it has none. */
    public BigDecimal effectivePrice() {
        return price != null ? price : product.getPrice();
    }

    /**
     * What one unit weighs in a parcel, in kilograms: its own weight, or the product's when it has none; null when
     * neither is on record, and the warehouse then weighs it at its default.
     */
    public BigDecimal shippingWeightKg() {
        return weight != null ? weight : product.getWeight();
    }
}
