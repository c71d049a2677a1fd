package com.agora.inventory.entity;

import com.agora.persistence.LowercaseEnumConverter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link AdjustmentType} as its lowercase code, the value the database CHECK constraint accepts. */
@Converter
public class AdjustmentTypeConverter extends LowercaseEnumConverter<AdjustmentType>
        implements AttributeConverter<AdjustmentType, String> {

    public AdjustmentTypeConverter() {
        super(AdjustmentType.class);
    }
}
