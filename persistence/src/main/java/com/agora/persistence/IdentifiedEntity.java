package com.agora.persistence;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

import java.io.Serializable;

/**
 * An entity keyed by the bigserial {@code id} column of its table. The id is drawn from the table's sequence when
 * the entity is persisted, several at a time ({@link TableSequences}), not by the insert.
 *
 * <p>It is {@link Serializable} itself: the subclasses are, and fields of a non-serializable superclass would be
 * dropped on serialization, so a detached entity would come back without its id.
 *
 * <p>There is deliberately no equals/hashCode: the entities have always compared by identity, and an id-based hash
 * would change when a new entity is persisted.
 */
@MappedSuperclass
public abstract class IdentifiedEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = TableSequences.GENERATOR)
    @SequenceGenerator(name = TableSequences.GENERATOR, allocationSize = SequenceBlocks.BLOCK)
    private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
