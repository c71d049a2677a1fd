package com.agora.returns.entity;

import com.agora.persistence.LowercaseEnumConverter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link ReturnStatus} as its lowercase code, the value the database CHECK constraint accepts. */
@Converter
public class ReturnStatusConverter extends LowercaseEnumConverter<ReturnStatus>
        implements AttributeConverter<ReturnStatus, String> {

    public ReturnStatusConverter() {
        super(ReturnStatus.class);
    }
}
