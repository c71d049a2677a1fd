package com.agora.order.control;

import static com.agora.persistence.SequenceBlocks.BLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class OrderNumbersTest {

    private final List<Integer> draws = new ArrayList<>();
    private long sequence = 1040;
    private final IntFunction<List<Long>> draw = size -> {
        draws.add(size);
        List<Long> block = LongStream.range(sequence, sequence + size).boxed().toList();
        sequence += size;
        return block;
    };

    @Test
    void aBlockIsDrawnOnceForAsManyOrdersAsItHolds() {
        OrderNumbers numbers = new OrderNumbers();
        List<String> handedOut = new ArrayList<>();
        for (int i = 0; i < BLOCK + 1; i++) {
            handedOut.add(numbers.next(draw));
        }

        assertEquals(List.of(BLOCK, BLOCK), draws);
        assertEquals("AG-00001040", handedOut.get(0));
        assertEquals(OrderNumbers.format(1040 + BLOCK - 1), handedOut.get(BLOCK - 1));
        assertEquals(OrderNumbers.format(1040 + BLOCK), handedOut.get(BLOCK));
        assertEquals(BLOCK + 1, handedOut.stream().distinct().count());
    }

    @Test
    void numbersKeepTheirFormatPastEightDigits() {
        assertEquals("AG-00000007", OrderNumbers.format(7));
        assertEquals("AG-123456789", OrderNumbers.format(123_456_789));
    }
}
