package com.agora.order.entity;

import com.agora.persistence.LowercaseEnumConverter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link PaymentStatus} as its lowercase code, the value the database CHECK constraint accepts. */
@Converter
public class PaymentStatusConverter extends LowercaseEnumConverter<PaymentStatus>
        implements AttributeConverter<PaymentStatus, String> {

    public PaymentStatusConverter() {
        super(PaymentStatus.class);
    }
}
