package dev.pairpad.cli;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAccumulator;

/**
 * Latencies in nanoseconds, lock-free, in log-linear buckets (64 per power of two, under 1.6 % error), so
 * millions of samples cost a fixed 4,000 longs.
 */
final class LatencyHistogram {
    private static final int SUB_BUCKET_BITS = 6;
    private static final int SUB_BUCKETS = 1 << SUB_BUCKET_BITS;
    private final AtomicLongArray counts = new AtomicLongArray(64 * SUB_BUCKETS);
    private final LongAccumulator max = new LongAccumulator(Math::max, 0);

    void record(long nanos) {
        long value = Math.max(nanos, 0);
        counts.incrementAndGet(index(value));
        max.accumulate(value);
    }

    /** Adds every sample of {@code other} (read while it may still be recorded into: a snapshot, not atomic). */
    void add(LatencyHistogram other) {
        for (int i = 0; i < counts.length(); i++) {
            long n = other.counts.get(i);
            if (n != 0) {
                counts.addAndGet(i, n);
            }
        }
        max.accumulate(other.max());
    }

    long count() {
        long total = 0;
        for (int i = 0; i < counts.length(); i++) {
            total += counts.get(i);
        }
        return total;
    }

    long max() {
        return max.get();
    }

    /** The value at quantile {@code q} (0 to 1), as the upper edge of its bucket; 0 when empty. */
    long quantile(double q) {
        long total = count();
        if (total == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(q * total));
        long seen = 0;
        for (int i = 0; i < counts.length(); i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return Math.min(upperEdge(i), max.get());
            }
        }
        return max.get();
    }

    static int index(long value) {
        if (value < SUB_BUCKETS) {
            return (int) value;
        }
        int shift = 64 - Long.numberOfLeadingZeros(value) - (SUB_BUCKET_BITS + 1);
        int top = (int) (value >>> shift);
        return (shift + 1) * SUB_BUCKETS + (top - SUB_BUCKETS);
    }

    static long upperEdge(int index) {
        if (index < SUB_BUCKETS) {
            return index;
        }
        int shift = index / SUB_BUCKETS - 1;
        long top = SUB_BUCKETS + index % SUB_BUCKETS;
        return ((top + 1) << shift) - 1;
    }
}
