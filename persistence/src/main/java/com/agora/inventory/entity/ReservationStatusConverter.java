package com.agora.inventory.entity;

import com.agora.persistence.LowercaseEnumConverter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link ReservationStatus} as its lowercase code, the value the database CHECK constraint accepts. */
@Converter
public class ReservationStatusConverter extends LowercaseEnumConverter<ReservationStatus>
        implements AttributeConverter<ReservationStatus, String> {

    public ReservationStatusConverter() {
        super(ReservationStatus.class);
    }
}
