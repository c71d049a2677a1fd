package com.agora.persistence;

import jakarta.persistence.AttributeConverter;

import java.util.Locale;

/**
 * Maps an enum to the lowercase code stored in the database (e.g. {@code OUT_OF_STOCK} to {@code out_of_stock}),
 * so the columns stay readable and their CHECK constraints list the same values as the Java enum.
 *
 * <p>Each enum gets a subclass, and each enum attribute names it with {@code @Convert}. Two details are there for
 * EclipseLink 4, which reads a converter's types from the generic signature of the converter class itself:
 * <ul>
 *   <li>the subclass repeats {@code implements AttributeConverter<E, String>}; without it EclipseLink takes the enum
 *       for the column type and fails when it binds query parameters;</li>
 *   <li>{@code autoApply} cannot work through a generic superclass (the attribute type it derives is wrong), so the
 *       subclasses do not claim it and the attributes carry an explicit {@code @Convert}. An enum attribute without
 *       one would silently be stored as an ordinal, which the CHECK constraints reject.</li>
 * </ul>
 */
public abstract class LowercaseEnumConverter<E extends Enum<E>> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected LowercaseEnumConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public E convertToEntityAttribute(String code) {
        return code == null ? null : Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
    }
}
