package com.agora.frauddetection.entity;

import com.agora.persistence.LowercaseEnumConverter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link RiskLevel} as its lowercase code, the value the database CHECK constraint accepts. */
@Converter
public class RiskLevelConverter extends LowercaseEnumConverter<RiskLevel>
        implements AttributeConverter<RiskLevel, String> {

    public RiskLevelConverter() {
        super(RiskLevel.class);
    }
}
