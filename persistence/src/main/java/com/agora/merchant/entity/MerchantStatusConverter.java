package com.agora.merchant.entity;

import com.agora.persistence.LowercaseEnumConverter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link MerchantStatus} as its lowercase code, the value the database CHECK constraint accepts. */
@Converter
public class MerchantStatusConverter extends LowercaseEnumConverter<MerchantStatus>
        implements AttributeConverter<MerchantStatus, String> {

    public MerchantStatusConverter() {
        super(MerchantStatus.class);
    }
}
