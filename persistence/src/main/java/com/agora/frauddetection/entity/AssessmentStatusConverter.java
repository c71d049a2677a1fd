package com.agora.frauddetection.entity;

import com.agora.persistence.LowercaseEnumConverter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link AssessmentStatus} as its lowercase code, the value the database CHECK constraint accepts. */
@Converter
public class AssessmentStatusConverter extends LowercaseEnumConverter<AssessmentStatus>
        implements AttributeConverter<AssessmentStatus, String> {

    public AssessmentStatusConverter() {
        super(AssessmentStatus.class);
    }
}
