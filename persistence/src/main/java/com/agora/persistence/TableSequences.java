package com.agora.persistence;

import java.util.List;
import java.util.Vector;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.internal.sessions.AbstractRecord;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.queries.DataReadQuery;
import org.eclipse.persistence.sequencing.NativeSequence;
import org.eclipse.persistence.sessions.Session;

/**
 * Gives every {@link IdentifiedEntity} its id from the sequence behind its own table's {@code id} column, drawn a
 * block at a time ({@link SequenceBlocks}). JPA names one generator for the mapped superclass; this names the
 * table's sequence per entity, so rows inserted by SQL (the demo data, the kernel's batch inserts) and by EclipseLink
 * share it.
 *
 * <p>Why ahead of the insert: with an id drawn by the INSERT itself (identity), EclipseLink sends every new row
 * alone, to read its id back. With the id known before, it sends a transaction's new rows of a table as one JDBC
 * batch (which the driver turns into multi-row INSERTs), and a new entity has its id as soon as it is persisted.
 */
public class TableSequences implements SessionCustomizer {

    /** The generator {@link IdentifiedEntity} names; it stands for "the sequence of the entity's own table". */
    public static final String GENERATOR = "table_ids";

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (descriptor.usesSequenceNumbers() && GENERATOR.equals(descriptor.getSequenceNumberName())) {
                String sequence = descriptor.getTableName() + "_id_seq";
                descriptor.setSequenceNumberName(sequence);
                session.getLogin().addSequence(new TableSequence(sequence, SequenceBlocks.BLOCK));
            }
        }
    }

    /**
     * A table's sequence as the schema made it, stepping by one: the ids are drawn in one statement, each its own
     * {@code nextval}. EclipseLink's own native sequence would take a block {@code [n - size + 1, n]} from one
     * {@code nextval}, which holds only if the sequence steps by the block size, and every SQL insert would then
     * skip as many ids.
     */
    static final class TableSequence extends NativeSequence {

        private static final long serialVersionUID = 1L;

        TableSequence(String name, int size) {
            super(name, size, false);
        }

        @Override
        public Vector<?> getGeneratedVector(Accessor accessor, AbstractSession writeSession, String sequenceName,
                int size) {
            DataReadQuery draw = new DataReadQuery(SequenceBlocks.drawing(sequenceName, size));
            if (accessor != null) {
                draw.setAccessor(accessor);
            }
            Vector<Object> ids = new Vector<>(size);
            for (Object row : (List<?>) writeSession.executeQuery(draw)) {
                ids.add(((AbstractRecord) row).getValues().get(0));
            }
            return ids;
        }
    }
}
