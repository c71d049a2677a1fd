package com.agora.warehouse.entity;

import com.agora.persistence.LowercaseEnumConverter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link PickListStatus} as its lowercase code, the value the database CHECK constraint accepts. */
@Converter
public class PickListStatusConverter extends LowercaseEnumConverter<PickListStatus>
        implements AttributeConverter<PickListStatus, String> {

    public PickListStatusConverter() {
        super(PickListStatus.class);
    }
}
