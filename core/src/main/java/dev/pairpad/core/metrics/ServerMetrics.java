package dev.pairpad.core.metrics;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Tag;
import io.helidon.metrics.api.Timer;
import io.helidon.service.registry.Services;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

/**
 * The server's meters in Helidon's metrics (Micrometer provider), served as Prometheus text at {@code GET /metrics} by
 * the observer of {@link #registry()}.
 *
 * <p>Each instance tags its meters with an id of its own and its {@link #registry()} shows only those (plus the
 * process-wide JVM meters), so several servers in one JVM, as in tests, count separately. Recording an op is a few
 * counter and timer updates on meters held here; nothing is looked up by name per op. {@link #close()} removes the
 * meters.
 */
public final class ServerMetrics implements AutoCloseable {

    private static final AtomicLong SERVERS = new AtomicLong();
    private static final String OPS = "pairpad.ops";
    private static final String SLOW_CONSUMERS = "pairpad.slow.consumers.dropped";

    /** Upper bounds of the latency histogram's buckets. */
    private static final Duration[] BUCKETS = {micros(100), micros(250), micros(500), micros(1_000), micros(2_500),
        micros(5_000), micros(10_000), micros(25_000), micros(50_000), micros(100_000), micros(250_000),
        micros(500_000), micros(1_000_000), micros(2_500_000)};

    private final ServerMeterRegistry registry;
    private final Counter ops;
    private final Counter delivered;
    private final Counter slowConsumers;
    private final Counter connectionsOpened;
    private final Timer broadcastLatency;
    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong opsLastSecond = new AtomicLong();
    private final AtomicLong currentSecond = new AtomicLong();
    private final AtomicLong opsThisSecond = new AtomicLong();
    private volatile IntSupplier loadedRooms = () -> 0;

    /** Registers this server's meters in Helidon's global meter registry. */
    public ServerMetrics() {
        MeterRegistry global = Services.get(MeterRegistry.class);
        registry = new ServerMeterRegistry(global, Long.toString(SERVERS.incrementAndGet()));
        List<Tag> tags = List.of(registry.tag());
        global.getOrCreate(Gauge.builder("pairpad.rooms.loaded", () -> loadedRooms.getAsInt())
                .description("Rooms held in memory.").tags(tags));
        global.getOrCreate(Gauge.builder("pairpad.connections", connections::get)
                .description("WebSocket connections open now.").tags(tags));
        global.getOrCreate(Gauge.builder("pairpad.ops.per.second", opsLastSecond::get)
                .description("Ops sequenced during the last full second.").tags(tags));
        connectionsOpened = global.getOrCreate(Counter.builder("pairpad.connections.opened")
                .description("WebSocket connections opened.").tags(tags));
        ops = global.getOrCreate(Counter.builder(OPS)
                .description("Ops sequenced (code and notes).").tags(tags));
        delivered = global.getOrCreate(Counter.builder("pairpad.op.messages.delivered")
                .description("Op and ack messages queued to recipients.").tags(tags));
        slowConsumers = global.getOrCreate(Counter.builder(SLOW_CONSUMERS)
                .description("Connections cut off because they could not keep up.").tags(tags));
        broadcastLatency = global.getOrCreate(Timer.builder("pairpad.op.broadcast.latency")
                .description("From receiving an op to queueing it to every recipient "
                        + "(includes the durable journal write).")
                // Buckets only: Prometheus derives quantiles from them; Helidon's default client-side percentiles
                // would cost every op a percentile-histogram update.
                .buckets(BUCKETS).percentiles(new double[0]).tags(tags));
    }

    private static Duration micros(long micros) {
        return Duration.ofNanos(micros * 1_000);
    }

    /** The registry whose meters Helidon's metrics observer serves for this server. */
    public MeterRegistry registry() {
        return registry;
    }

    /** Removes this server's meters; recording afterwards is harmless but no longer shown. */
    @Override
    public void close() {
        registry.close();
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
        delivered.increment(recipients);
        broadcastLatency.record(latencyNanos, TimeUnit.NANOSECONDS);
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
        return registry.count(SLOW_CONSUMERS);
    }

    /** Ops sequenced so far. */
    public long opsSequenced() {
        return registry.count(OPS);
    }
}
