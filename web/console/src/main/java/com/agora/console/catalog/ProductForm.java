package com.agora.console.catalog;

import com.agora.product.boundary.ProductRequests.NewProduct;
import com.agora.product.boundary.ProductRequests.ProductChanges;
import com.agora.product.boundary.ProductViews.ProductView;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What the product dialog edits, with the same rules the catalog applies to its commands, so a mistake is shown
 * next to its field before anything reaches the Product agent.
 */
public class ProductForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;

    @NotNull(message = "Choose the merchant who sells it")
    private Long merchantId;

    private Long categoryId;

    @NotBlank(message = "Enter a SKU")
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{1,63}", message = "2 to 64 letters, digits, '.', '_' or '-'")
    private String sku;

    @NotBlank(message = "Enter a name")
    @Size(max = 200, message = "At most 200 characters")
    private String name;

    @Size(max = 5000, message = "At most 5000 characters")
    private String description;

    @NotNull(message = "Enter a price")
    @DecimalMin(value = "0.00", message = "Cannot be negative")
    @Digits(integer = 10, fraction = 2, message = "At most 10 digits and 2 decimals")
    private BigDecimal price;

    @NotBlank(message = "Choose a status")
    private String status = "draft";

    static ProductForm blank(Long merchantId) {
        ProductForm form = new ProductForm();
        form.merchantId = merchantId;
        return form;
    }

    static ProductForm of(ProductView product) {
        ProductForm form = new ProductForm();
        form.id = product.id();
        form.merchantId = product.merchantId();
        form.categoryId = product.categoryId();
        form.sku = product.sku();
        form.name = product.name();
        form.description = product.description();
        form.price = product.price();
        form.status = product.status();
        return form;
    }

    public boolean isNew() {
        return id == null;
    }

    NewProduct newProduct() {
        return new NewProduct(merchantId, categoryId, sku.trim(), name.trim(), blankToNull(description), price, status,
                null);
    }

    ProductChanges changes() {
        return new ProductChanges(categoryId, name.trim(), blankToNull(description), price, status);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public Long getId() {
        return id;
    }

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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
