package dev.pairpad.cli;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

/** The counts of one load test, updated from any thread; latencies only for ops typed after {@link #measureFrom}. */
class LoadMeter {
    /** One histogram per recording thread (the reader threads), so that they never contend; merged on demand. */
    private final List<LatencyHistogram> latencies = new CopyOnWriteArrayList<>();
    private final ThreadLocal<LatencyHistogram> latency = ThreadLocal.withInitial(() -> {
        LatencyHistogram mine = new LatencyHistogram();
        latencies.add(mine);
        return mine;
    });
    final LongAdder sent = new LongAdder();
    final LongAdder expected = new LongAdder();
    final LongAdder delivered = new LongAdder();
    final LongAdder measuredDeliveries = new LongAdder();
    final LongAdder disconnects = new LongAdder();
    final LongAdder acknowledged = new LongAdder();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final Map<String, String> firstMessages = new ConcurrentHashMap<>();
    volatile long measureFrom = Long.MAX_VALUE;
    private volatile String firstDisconnect = "";

    /** A connection the load test did not close went away. */
    void disconnected(String reason) {
        disconnects.increment();
        if (firstDisconnect.isEmpty()) {
            firstDisconnect = reason;
        }
    }

    /** Why the first connection went away, or "" when none did. */
    String firstDisconnect() {
        return firstDisconnect;
    }

    /** One delivery of a token typed at {@code typedAt}, received at {@code now}. */
    void delivered(long typedAt, long now) {
        delivered.increment();
        if (typedAt >= measureFrom) {
            measuredDeliveries.increment();
            latency.get().record(now - typedAt);
        }
    }

    /** Counts an error under {@code code} (a wire error code, or a load generator's own check); keeps its first message. */
    void error(String code, String message) {
        errors.computeIfAbsent(code, c -> new LongAdder()).increment();
        firstMessages.putIfAbsent(code, message);
    }

    /** All latencies recorded so far, by every thread. */
    LatencyHistogram latency() {
        LatencyHistogram all = new LatencyHistogram();
        latencies.forEach(all::add);
        return all;
    }

    Map<String, Long> errorCounts() {
        Map<String, Long> counts = new TreeMap<>();
        errors.forEach((code, count) -> counts.put(code, count.sum()));
        return counts;
    }

    /** The first message seen for each error code. */
    Map<String, String> firstErrorMessages() {
        return new TreeMap<>(firstMessages);
    }
}
