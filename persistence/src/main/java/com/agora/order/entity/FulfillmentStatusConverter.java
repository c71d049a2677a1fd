package com.agora.order.entity;

import com.agora.persistence.LowercaseEnumConverter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link FulfillmentStatus} as its lowercase code, the value the database CHECK constraint accepts. */
@Converter
public class FulfillmentStatusConverter extends LowercaseEnumConverter<FulfillmentStatus>
        implements AttributeConverter<FulfillmentStatus, String> {

    public FulfillmentStatusConverter() {
        super(FulfillmentStatus.class);
    }
}
