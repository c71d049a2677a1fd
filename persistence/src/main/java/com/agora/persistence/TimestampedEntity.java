package com.agora.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * An {@link IdentifiedEntity} whose table has {@code created_at} and {@code updated_at} columns that the database
 * maintains (a column default, and the {@code set_updated_at} trigger of the schema). They are read-only here, so
 * no writer can skew them; there are no setters on purpose.
 *
 * <p>A subclass whose table treats either column differently must not extend this: redeclaring a field of the same
 * name in the subclass confuses EclipseLink weaving, which reads and writes the superclass field instead.
 */
@MappedSuperclass
public abstract class TimestampedEntity extends IdentifiedEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", insertable = false, updatable = false)
    private Instant updatedAt;

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
