package com.agora.carrier.entity;

import com.agora.persistence.LowercaseEnumConverter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link ShipmentStatus} as its lowercase code, the value the database CHECK constraint accepts. */
@Converter
public class ShipmentStatusConverter extends LowercaseEnumConverter<ShipmentStatus>
        implements AttributeConverter<ShipmentStatus, String> {

    public ShipmentStatusConverter() {
        super(ShipmentStatus.class);
    }
}
