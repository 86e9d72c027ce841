package dev.pairpad.core.metrics;

import io.helidon.metrics.api.Clock;
import io.helidon.metrics.api.Meter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Tag;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

/**
 * One server's view of Helidon's process-wide meter registry: it sees the meters tagged with this server's id and the
 * untagged, process-wide ones (JVM system meters, Helidon's request counter), never another server's.
 *
 * <p>Helidon 4.5 backs every meter registry it makes with Micrometer's single global composite, so registries of
 * their own cannot keep two servers in one JVM apart. Instead each server's meters carry the tag {@value #SERVER_TAG},
 * and this view hands Helidon's metrics observer (through {@link #unwrap}) a Prometheus registry of its own, attached
 * to the global composite, that accepts only this server's and untagged meters and drops the tag. Everything else
 * delegates to the global registry. {@link #close()} detaches the view and removes this server's meters.
 */
// Helidon 4.5's Prometheus formatter scrapes Micrometer's simpleclient PrometheusMeterRegistry, deprecated by Micrometer.
@SuppressWarnings("deprecation")
final class ServerMeterRegistry implements MeterRegistry {

    /** The tag naming the server a meter belongs to; never shown at {@code /metrics}. */
    static final String SERVER_TAG = "pairpad_server";

    private final MeterRegistry global;
    private final CompositeMeterRegistry process;
    private final String serverId;
    private final CompositeMeterRegistry own;
    private final PrometheusMeterRegistry prometheus;

    ServerMeterRegistry(MeterRegistry global, String serverId) {
        this.global = global;
        this.serverId = serverId;
        if (!(global.unwrap(io.micrometer.core.instrument.MeterRegistry.class)
                instanceof CompositeMeterRegistry composite)) {
            throw new IllegalStateException("Helidon's global meter registry must be backed by a Micrometer composite "
                    + "(helidon-metrics-providers-micrometer on the class path)");
        }
        this.process = composite;
        this.prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        prometheus.config().meterFilter(new OnlyThisServer(serverId));
        // Helidon's formatter scrapes the first Prometheus registry of the composite it unwraps. The Prometheus
        // registry itself joins the global composite: meters register straight into a composite's non-composite
        // descendants, so a filter on an intermediate composite would never run.
        this.own = new CompositeMeterRegistry();
        own.add(prometheus);
        process.add(prometheus);
    }

    /** The tag to put on every meter of this server. */
    Tag tag() {
        return Tag.create(SERVER_TAG, serverId);
    }

    /**
     * The count of this server's counter {@code name} as this view shows it. (Reading a Helidon counter goes to the
     * first child of Micrometer's composite, which may be another server's view, where the counter is denied.)
     */
    long count(String name) {
        io.micrometer.core.instrument.Counter counter = prometheus.find(name).counter();
        return counter == null ? 0 : (long) counter.count();
    }

    private boolean visible(String server) {
        return server == null || server.equals(serverId);
    }

    /** Drops this server's tag from its meters and denies every meter still tagged (another server's). */
    private record OnlyThisServer(String serverId) implements MeterFilter {
        @Override
        public io.micrometer.core.instrument.Meter.Id map(io.micrometer.core.instrument.Meter.Id id) {
            if (!serverId.equals(id.getTag(SERVER_TAG))) {
                return id;
            }
            List<io.micrometer.core.instrument.Tag> others = id.getTags().stream()
                    .filter(tag -> !tag.getKey().equals(SERVER_TAG)).toList();
            return id.replaceTags(others);
        }

        @Override
        public MeterFilterReply accept(io.micrometer.core.instrument.Meter.Id id) {
            return id.getTag(SERVER_TAG) == null ? MeterFilterReply.NEUTRAL : MeterFilterReply.DENY;
        }
    }

    private boolean visible(Meter meter) {
        return visible(serverOf(meter));
    }

    private static String serverOf(Meter meter) {
        for (Tag tag : meter.id().tags()) {
            if (tag.key().equals(SERVER_TAG)) {
                return tag.value();
            }
        }
        return null;
    }

    /** Detaches this view from the process-wide registry and removes this server's meters from it. */
    @Override
    public void close() {
        process.remove(prometheus);
        global.meters(meter -> serverId.equals(serverOf(meter))).forEach(global::remove);
        own.remove(prometheus);
        prometheus.close();
        own.close();
    }

    @Override
    public List<Meter> meters() {
        return global.meters(this::visible).stream().toList();
    }

    @Override
    public Collection<Meter> meters(Predicate<Meter> filter) {
        return global.meters(meter -> visible(meter) && filter.test(meter));
    }

    @Override
    public Iterable<Meter> meters(Iterable<String> scopeSelection) {
        return StreamSupport.stream(global.meters(scopeSelection).spliterator(), false).filter(this::visible).toList();
    }

    @Override
    public Iterable<String> scopes() {
        return global.scopes();
    }

    @Override
    public boolean isMeterEnabled(String name, Map<String, String> tags, Optional<String> scope) {
        return global.isMeterEnabled(name, tags, scope);
    }

    @Override
    public Clock clock() {
        return global.clock();
    }

    @Override
    public <B extends Meter.Builder<B, M>, M extends Meter> M getOrCreate(B builder) {
        return global.getOrCreate(builder);
    }

    @Override
    public <M extends Meter> Optional<M> meter(Class<M> mClass, String name, Iterable<Tag> tags) {
        return global.meter(mClass, name, tags);
    }

    @Override
    public Optional<Meter> remove(Meter meter) {
        return global.remove(meter);
    }

    @Override
    public Optional<Meter> remove(Meter.Id id) {
        return global.remove(id);
    }

    @Override
    public Optional<Meter> remove(Meter.Id id, String scope) {
        return global.remove(id, scope);
    }

    @Override
    public Optional<Meter> remove(String name, Iterable<Tag> tags) {
        return global.remove(name, tags);
    }

    @Override
    public Optional<Meter> remove(String name, Iterable<Tag> tags, String scope) {
        return global.remove(name, tags, scope);
    }

    @Override
    public boolean isDeleted(Meter meter) {
        return global.isDeleted(meter);
    }

    @Override
    public MeterRegistry onMeterAdded(Consumer<Meter> onAddListener) {
        global.onMeterAdded(onAddListener);
        return this;
    }

    @Override
    public MeterRegistry onMeterRemoved(Consumer<Meter> onRemoveListener) {
        global.onMeterRemoved(onRemoveListener);
        return this;
    }

    /** The Micrometer registry Helidon's Prometheus formatter scrapes is this server's own composite. */
    @Override
    public <R> R unwrap(Class<? extends R> c) {
        return c.isInstance(own) ? c.cast(own) : global.unwrap(c);
    }
}
