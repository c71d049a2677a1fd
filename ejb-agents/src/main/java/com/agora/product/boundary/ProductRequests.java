package com.agora.product.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** What clients may ask of the catalog, with the constraints that make a request well-formed. */
public final class ProductRequests {

    static final String SKU_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{1,63}";

    private ProductRequests() {
    }

    /** A new product; {@code merchantId} is taken from a merchant's own account and only read for admins. */
    public record NewProduct(
            Long merchantId,
            Long categoryId,
            @NotBlank @Pattern(regexp = SKU_PATTERN, message = "must be 2-64 letters, digits, '.', '_' or '-'") String sku,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 5000) String description,
            @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal price,
            @Pattern(regexp = "draft|active|inactive", message = "must be draft, active or inactive") String status,
            @Valid @Size(max = 50) List<NewVariant> variants) {
    }

    public record NewVariant(
            @NotBlank @Pattern(regexp = SKU_PATTERN, message = "must be 2-64 letters, digits, '.', '_' or '-'") String sku,
            @NotBlank @Size(max = 200) String name,
            @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal price) {
    }

    public record ProductChanges(
            Long categoryId,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 5000) String description,
            @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal price,
            @NotNull @Pattern(regexp = "draft|active|inactive|out_of_stock", message = "must be draft, active, inactive or out_of_stock") String status) {
    }

    public record NewCategory(
            Long parentId,
            @NotBlank @Size(max = 100) String name,
            @Size(max = 1000) String description) {
    }

    /** Filters for the product list; every field is optional. */
    public record ProductFilter(Long merchantId, Long categoryId, String status, String text, String sort) {
    }
}
