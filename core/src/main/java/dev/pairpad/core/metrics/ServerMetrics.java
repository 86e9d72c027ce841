package dev.pairpad.core.metrics;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;

/**
 * The server's counters and the op-to-broadcast latency histogram, written as Prometheus text by {@link #prometheus()}.
 *
 * <p>Kept per server instance (not in a global registry) so that several servers in one JVM, as in tests, count
 * separately. All updates are lock-free.
 */
public final class ServerMetrics {

    /** Upper bounds of the latency buckets, in seconds. */
    private static final double[] BUCKETS = {0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
        0.25, 0.5, 1, 2.5};

    private final LongAdder ops = new LongAdder();
    private final LongAdder delivered = new LongAdder();
    private final LongAdder slowConsumers = new LongAdder();
    private final LongAdder connectionsOpened = new LongAdder();
    private final AtomicLong connections = new AtomicLong();
    private final LongAdder[] bucketCounts = new LongAdder[BUCKETS.length + 1];
    private final LongAdder latencyNanosSum = new LongAdder();
    private final AtomicLong opsLastSecond = new AtomicLong();
    private final AtomicLong currentSecond = new AtomicLong();
    private final AtomicLong opsThisSecond = new AtomicLong();
    private volatile IntSupplier loadedRooms = () -> 0;

    public ServerMetrics() {
        for (int i = 0; i < bucketCounts.length; i++) {
            bucketCounts[i] = new LongAdder();
        }
    }

    /** Where the number of rooms in memory comes from. */
    public void loadedRooms(IntSupplier supplier) {
        this.loadedRooms = supplier;
    }

    /** One op was sequenced. */
    public void opSequenced(long nowNanos) {
        ops.increment();
        long second = nowNanos / 1_000_000_000L;
        long seen = currentSecond.get();
        if (second != seen && currentSecond.compareAndSet(seen, second)) {
            opsLastSecond.set(second == seen + 1 ? opsThisSecond.getAndSet(0) : 0);
            if (second != seen + 1) {
                opsThisSecond.set(0);
            }
        }
        opsThisSecond.incrementAndGet();
    }

    /** One op was handed to {@code recipients} outbound queues, {@code latencyNanos} after it arrived. */
    public void opBroadcast(long latencyNanos, int recipients) {
        delivered.add(recipients);
        latencyNanosSum.add(latencyNanos);
        double seconds = latencyNanos / 1e9;
        int bucket = 0;
        while (bucket < BUCKETS.length && seconds > BUCKETS[bucket]) {
            bucket++;
        }
        bucketCounts[bucket].increment();
    }

    public void slowConsumerDropped() {
        slowConsumers.increment();
    }

    public void connectionOpened() {
        connections.incrementAndGet();
        connectionsOpened.increment();
    }

    public void connectionClosed() {
        connections.decrementAndGet();
    }

    /** Connections open now. */
    public long connections() {
        return connections.get();
    }

    /** Slow consumers cut off so far. */
    public long slowConsumersDropped() {
        return slowConsumers.sum();
    }

    /** Ops sequenced so far. */
    public long opsSequenced() {
        return ops.sum();
    }

    /** The metrics in the Prometheus text exposition format 0.0.4. */
    public String prometheus() {
        StringBuilder out = new StringBuilder(2048);
        gauge(out, "pairpad_rooms_loaded", "Rooms held in memory.", loadedRooms.getAsInt());
        gauge(out, "pairpad_connections", "WebSocket connections open now.", connections.get());
        counter(out, "pairpad_connections_opened_total", "WebSocket connections opened.", connectionsOpened.sum());
        counter(out, "pairpad_ops_total", "Ops sequenced (code and notes).", ops.sum());
        gauge(out, "pairpad_ops_per_second", "Ops sequenced during the last full second.", opsLastSecond.get());
        counter(out, "pairpad_op_messages_delivered_total", "Op and ack messages queued to recipients.",
                delivered.sum());
        counter(out, "pairpad_slow_consumers_dropped_total", "Connections cut off because they could not keep up.",
                slowConsumers.sum());
        String name = "pairpad_op_broadcast_latency_seconds";
        out.append("# HELP ").append(name).append(" From receiving an op to queueing it to every recipient "
                + "(includes the durable journal write).\n");
        out.append("# TYPE ").append(name).append(" histogram\n");
        long cumulative = 0;
        for (int i = 0; i < BUCKETS.length; i++) {
            cumulative += bucketCounts[i].sum();
            out.append(name).append("_bucket{le=\"").append(BUCKETS[i]).append("\"} ").append(cumulative).append('\n');
        }
        cumulative += bucketCounts[BUCKETS.length].sum();
        out.append(name).append("_bucket{le=\"+Inf\"} ").append(cumulative).append('\n');
        out.append(name).append("_sum ").append(latencyNanosSum.sum() / 1e9).append('\n');
        out.append(name).append("_count ").append(cumulative).append('\n');
        return out.toString();
    }

    private static void gauge(StringBuilder out, String name, String help, long value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" gauge\n").append(name).append(' ').append(value).append('\n');
    }

    private static void counter(StringBuilder out, String name, String help, long value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" counter\n").append(name).append(' ').append(value).append('\n');
    }
}
