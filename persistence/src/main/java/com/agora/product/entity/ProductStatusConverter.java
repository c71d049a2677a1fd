package com.agora.product.entity;

import com.agora.persistence.LowercaseEnumConverter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link ProductStatus} as its lowercase code, the value the database CHECK constraint accepts. */
@Converter
public class ProductStatusConverter extends LowercaseEnumConverter<ProductStatus>
        implements AttributeConverter<ProductStatus, String> {

    public ProductStatusConverter() {
        super(ProductStatus.class);
    }
}
