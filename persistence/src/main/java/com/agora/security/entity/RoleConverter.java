package com.agora.security.entity;

import com.agora.persistence.LowercaseEnumConverter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link Role} as its lowercase code, the value the database CHECK constraint accepts. */
@Converter
public class RoleConverter extends LowercaseEnumConverter<Role>
        implements AttributeConverter<Role, String> {

    public RoleConverter() {
        super(Role.class);
    }
}
