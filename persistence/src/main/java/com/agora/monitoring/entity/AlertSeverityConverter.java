package com.agora.monitoring.entity;

import com.agora.persistence.LowercaseEnumConverter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link AlertSeverity} as its lowercase code, the value the database CHECK constraint accepts. */
@Converter
public class AlertSeverityConverter extends LowercaseEnumConverter<AlertSeverity>
        implements AttributeConverter<AlertSeverity, String> {

    public AlertSeverityConverter() {
        super(AlertSeverity.class);
    }
}
