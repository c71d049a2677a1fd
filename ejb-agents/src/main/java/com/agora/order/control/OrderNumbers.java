package com.agora.order.control;

import com.agora.persistence.SequenceBlocks;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntFunction;

/**
 * Order numbers drawn from {@code order_number_seq} a block at a time, as the entities' ids are
 * ({@link SequenceBlocks}): a placement no longer waits for a round trip to the database for its number. Numbers
 * stay unique; those a server drew and did not use before it stopped are skipped, and two servers hand out numbers
 * from their own blocks, so numbers follow the order of placement only roughly.
 */
@ApplicationScoped
public class OrderNumbers {

    private final Queue<Long> drawn = new ConcurrentLinkedQueue<>();

    /** The next number, from the block drawn before or from a new one {@code draw} takes from the sequence. */
    public String next(IntFunction<List<Long>> draw) {
        Long number = drawn.poll();
        if (number == null) {
            List<Long> block = draw.apply(SequenceBlocks.BLOCK);
            number = block.get(0);
            drawn.addAll(block.subList(1, block.size()));
        }
        return format(number);
    }

    static String format(long number) {
        return String.format(Locale.ROOT, "AG-%08d", number);
    }
}
