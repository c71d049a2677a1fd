package com.agora.payment.entity;

import com.agora.persistence.LowercaseEnumConverter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link TransactionType} as its lowercase code, the value the database CHECK constraint accepts. */
@Converter
public class TransactionTypeConverter extends LowercaseEnumConverter<TransactionType>
        implements AttributeConverter<TransactionType, String> {

    public TransactionTypeConverter() {
        super(TransactionType.class);
    }
}
