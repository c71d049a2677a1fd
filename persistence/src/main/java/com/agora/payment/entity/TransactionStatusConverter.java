package com.agora.payment.entity;

import com.agora.persistence.LowercaseEnumConverter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link TransactionStatus} as its lowercase code, the value the database CHECK constraint accepts. */
@Converter
public class TransactionStatusConverter extends LowercaseEnumConverter<TransactionStatus>
        implements AttributeConverter<TransactionStatus, String> {

    public TransactionStatusConverter() {
        super(TransactionStatus.class);
    }
}
