package com.agora.documentgeneration.entity;

import com.agora.persistence.LowercaseEnumConverter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link DocumentKind} as its lowercase code, the value the database CHECK constraint accepts. */
@Converter
public class DocumentKindConverter extends LowercaseEnumConverter<DocumentKind>
        implements AttributeConverter<DocumentKind, String> {

    public DocumentKindConverter() {
        super(DocumentKind.class);
    }
}
