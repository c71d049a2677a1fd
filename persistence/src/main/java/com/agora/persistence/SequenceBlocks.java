package com.agora.persistence;

/**
 * Values of a database sequence taken a block at a time, in one round trip: the entities' ids
 * ({@link TableSequences}) and the Order agent's order numbers. The sequences step by one and each value of a block
 * is its own {@code nextval}, so rows inserted by plain SQL share the sequence and the values a block does not use
 * are skipped, never handed out twice.
 */
public final class SequenceBlocks {

    /**
     * How many values one round trip draws; also the entities' id generator's allocation size. An order takes about
     * 28 ids over a dozen tables: with blocks of 50 that was a draw for every second order, measured under load.
     */
    public static final int BLOCK = 200;

    private SequenceBlocks() {
    }

    /** The statement that draws {@code size} values of the sequence. */
    public static String drawing(String sequenceName, int size) {
        return "select nextval('" + sequenceName + "') from generate_series(1, " + size + ")";
    }
}
