package com.agora.monitoring.entity;

import com.agora.persistence.LowercaseEnumConverter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link AlertStatus} as its lowercase code, the value the database CHECK constraint accepts. */
@Converter
public class AlertStatusConverter extends LowercaseEnumConverter<AlertStatus>
        implements AttributeConverter<AlertStatus, String> {

    public AlertStatusConverter() {
        super(AlertStatus.class);
    }
}
