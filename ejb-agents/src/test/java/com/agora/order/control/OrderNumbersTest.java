package com.agora.order.control;

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
    void aBlockIsDrawnOnceForFiftyOrders() {
        OrderNumbers numbers = new OrderNumbers();
        List<String> handedOut = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            handedOut.add(numbers.next(draw));
        }

        assertEquals(List.of(50, 50), draws);
        assertEquals("AG-00001040", handedOut.get(0));
        assertEquals("AG-00001089", handedOut.get(49));
        assertEquals("AG-00001090", handedOut.get(50));
        assertEquals(51, handedOut.stream().distinct().count());
    }

    @Test
    void numbersKeepTheirFormatPastEightDigits() {
        assertEquals("AG-00000007", OrderNumbers.format(7));
        assertEquals("AG-123456789", OrderNumbers.format(123_456_789));
    }
}
