package com.agora.returns.entity;

import com.agora.persistence.LowercaseEnumConverter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link ReturnType} as its lowercase code, the value the database CHECK constraint accepts. */
@Converter
public class ReturnTypeConverter extends LowercaseEnumConverter<ReturnType>
        implements AttributeConverter<ReturnType, String> {

    public ReturnTypeConverter() {
        super(ReturnType.class);
    }
}
