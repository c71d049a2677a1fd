package com.agora.returns.entity;

import com.agora.persistence.LowercaseEnumConverter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link ReturnReason} as its lowercase code, the value the database CHECK constraint accepts. */
@Converter
public class ReturnReasonConverter extends LowercaseEnumConverter<ReturnReason>
        implements AttributeConverter<ReturnReason, String> {

    public ReturnReasonConverter() {
        super(ReturnReason.class);
    }
}
