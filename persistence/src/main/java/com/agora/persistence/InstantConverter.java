package com.agora.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Lets entities use {@link Instant} for timestamptz columns. EclipseLink 4 (Jakarta Persistence 3.1) does not
 * know Instant as a basic type and would otherwise map it as a serialized byte array; going through
 * {@link Timestamp} keeps the exact instant, since the driver binds and reads timestamptz with its offset.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
