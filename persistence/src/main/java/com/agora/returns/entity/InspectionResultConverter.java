package com.agora.returns.entity;

import com.agora.persistence.LowercaseEnumConverter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link InspectionResult} as its lowercase code, the value the database CHECK constraint accepts. */
@Converter
public class InspectionResultConverter extends LowercaseEnumConverter<InspectionResult>
        implements AttributeConverter<InspectionResult, String> {

    public InspectionResultConverter() {
        super(InspectionResult.class);
    }
}
