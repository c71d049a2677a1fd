package com.agora.order.entity;

import com.agora.persistence.LowercaseEnumConverter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link ParcelStatus} as its lowercase code, the value the database CHECK constraint accepts. */
@Converter
public class ParcelStatusConverter extends LowercaseEnumConverter<ParcelStatus>
        implements AttributeConverter<ParcelStatus, String> {

    public ParcelStatusConverter() {
        super(ParcelStatus.class);
    }
}
