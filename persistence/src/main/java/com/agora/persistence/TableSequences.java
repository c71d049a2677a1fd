package com.agora.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sequencing.NativeSequence;
import org.eclipse.persistence.sessions.Session;

/**
 * Gives every {@link IdentifiedEntity} the sequence behind its own table's {@code id} column, taken in blocks of
 * {@link #BLOCK}. JPA names one generator for the mapped superclass; this names the table's sequence per entity,
 * so ids stay those of the table's default and rows inserted by SQL (migrations, the kernel's batch inserts) share
 * the sequence safely: the sequences step by the same block (migration V14), and EclipseLink takes the block that
 * ends at the value it drew.
 *
 * <p>Why blocks at all: with an id drawn by the INSERT itself (identity), EclipseLink sends every new row alone,
 * to read its id back. With ids known before, it sends a transaction's new rows of a table as one JDBC batch.
 */
public class TableSequences implements SessionCustomizer {

    /** The generator {@link IdentifiedEntity} names; it stands for "the sequence of the entity's own table". */
    public static final String GENERATOR = "table_ids";
    /** Must equal the sequences' increment (migration V14) and the generator's allocation size. */
    public static final int BLOCK = 50;

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (descriptor.usesSequenceNumbers() && GENERATOR.equals(descriptor.getSequenceNumberName())) {
                String sequence = descriptor.getTableName() + "_id_seq";
                descriptor.setSequenceNumberName(sequence);
                session.getLogin().addSequence(new NativeSequence(sequence, BLOCK, false));
            }
        }
    }
}
