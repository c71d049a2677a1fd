package com.agora.transportmanagement.entity;

import com.agora.persistence.LowercaseEnumConverter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link PickupStatus} as its lowercase code, the value the database CHECK constraint accepts. */
@Converter
public class PickupStatusConverter extends LowercaseEnumConverter<PickupStatus>
        implements AttributeConverter<PickupStatus, String> {

    public PickupStatusConverter() {
        super(PickupStatus.class);
    }
}
