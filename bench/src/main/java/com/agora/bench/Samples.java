package com.agora.bench;

import java.util.Arrays;

/**
 * Every latency of a phase, kept exactly: a phase yields at most some ten thousand samples, so sorting them is
 * cheaper and more honest than a bucketed histogram.
 */
final class Samples {

    private long[] values = new long[1024];
    private int size;
    private boolean sorted = true;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
        sorted = false;
    }

    void addAll(Samples other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    /** Nearest-rank percentile in milliseconds, or NaN without samples. */
    double percentileMillis(double percentile) {
        if (size == 0) {
            return Double.NaN;
        }
        sort();
        int rank = (int) Math.ceil(percentile / 100.0 * size);
        return values[Math.max(0, Math.min(size, rank) - 1)] / 1e6;
    }

    double maxMillis() {
        if (size == 0) {
            return Double.NaN;
        }
        sort();
        return values[size - 1] / 1e6;
    }

    private void sort() {
        if (!sorted) {
            Arrays.sort(values, 0, size);
            sorted = true;
        }
    }
}
