package com.agora.transportmanagement.entity;

import com.agora.persistence.LowercaseEnumConverter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link TrackingStatus} as its lowercase code, the value the database CHECK constraint accepts. */
@Converter
public class TrackingStatusConverter extends LowercaseEnumConverter<TrackingStatus>
        implements AttributeConverter<TrackingStatus, String> {

    public TrackingStatusConverter() {
        super(TrackingStatus.class);
    }
}
