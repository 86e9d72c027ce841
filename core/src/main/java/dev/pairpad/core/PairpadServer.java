package dev.pairpad.core;

import dev.pairpad.core.config.Setting;
import dev.pairpad.core.config.Settings;
import dev.pairpad.core.executors.ExecutorRegistry;
import dev.pairpad.core.http.HttpSetup;
import dev.pairpad.core.metrics.ServerMetrics;
import dev.pairpad.core.room.Limits;
import dev.pairpad.core.room.RoomRegistry;
import dev.pairpad.core.store.InMemoryRoomStore;
import dev.pairpad.core.store.JournalSync;
import dev.pairpad.core.store.RoomStore;
import dev.pairpad.core.store.SqliteRoomStore;
import dev.pairpad.core.ws.RoomSockets;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;
import io.helidon.webserver.websocket.WsConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The whole Pairpad server: REST, WebSocket, static web app, executor bundles, health and metrics on one port.
 *
 * <p>{@code PairpadServer.builder().port(0).inMemoryStore().build().start()} gives a test server on a free
 * loopback port; {@link #stop()} commits every pending op, closes sockets with 1001 and releases the port.
 */
public final class PairpadServer {

    private final Builder config;
    private RoomStore store;
    private RoomRegistry rooms;
    private WebServer webServer;
    private ScheduledExecutorService sweeper;
    private ServerMetrics metrics;
    private HttpSetup http;

    private PairpadServer(Builder config) {
        this.config = config;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Opens the store, restores nothing eagerly (rooms load on first use) and starts listening. */
    public synchronized PairpadServer start() {
        if (webServer != null) {
            throw new IllegalStateException("server already started");
        }
        store = config.memory ? new InMemoryRoomStore() : SqliteRoomStore.open(config.dataDirectory, config.journalSync);
        metrics = new ServerMetrics();
        ExecutorRegistry languages = config.languages.orElseGet(ExecutorRegistry::load);
        rooms = new RoomRegistry(store, config.current, metrics, languages, config.clock);
        http = new HttpSetup(config.current.roomsPerMinute());
        RoomRegistry registry = rooms;
        HealthObserver health = HealthObserver.builder()
                .endpoint("/health")
                .details(true)
                .useSystemServices(false)
                .addCheck(() -> HealthCheckResponse.builder().status(registry.healthy()).detail("store",
                        config.memory ? "memory" : "sqlite").build(), HealthCheckType.READINESS, "store")
                .addCheck(() -> HealthCheckResponse.builder().status(true).build(), HealthCheckType.LIVENESS, "live")
                .build();
        int maxFrame = (int) Math.min(Integer.MAX_VALUE - 8, config.current.maxMessageBytes() * 2L + 1024);
        webServer = WebServer.builder()
                .host(config.host)
                .port(config.port)
                // Blocking sockets: no 8 KiB NIO read and write buffers per connection, and each write of a
                // whole buffer is atomic (the socket's write lock), which FrameWriter relies on.
                .useNio(false)
                .featuresDiscoverServices(false)
                .mediaContext(HttpSetup.mediaContext())
                .addFeature(ObserveFeature.just(health, MetricsObserver.builder().endpoint("/metrics")
                        .meterRegistry(metrics.registry()).build()))
                .addProtocol(WsConfig.builder().maxFrameLength(maxFrame).build())
                .routing(routing -> http.configure(routing, registry, store, languages, config.current,
                        new LazyUrl(this), config.adminToken, config.createRequiresAdmin, config.corsOrigins))
                .addRouting(RoomSockets.routing(rooms, config.current, metrics))
                .build();
        webServer.start();
        long sweepMillis = Math.clamp(config.current.idleUnload().toMillis() / 2, 50, 30_000);
        sweeper = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("pairpad-sweeper")
                .daemon(true).factory());
        sweeper.scheduleWithFixedDelay(this::sweep, sweepMillis, sweepMillis, TimeUnit.MILLISECONDS);
        return this;
    }

    private void sweep() {
        try {
            rooms.sweep();
            http.sweep();
        } catch (RuntimeException e) {
            System.getLogger(PairpadServer.class.getName()).log(System.Logger.Level.WARNING,
                    "sweeping idle rooms failed: " + e.getMessage());
        }
    }

    /** The port listened on (the chosen one when built with port 0). */
    public int port() {
        requireStarted();
        return webServer.port();
    }

    /** The local URL of the server, such as {@code http://127.0.0.1:8080}. */
    public String url() {
        requireStarted();
        String host = config.host.equals("0.0.0.0") || config.host.equals("::") ? "127.0.0.1" : config.host;
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    }

    /** The base of the links minted for rooms: the configured public URL, else {@link #url()}. */
    public String publicUrl() {
        return config.publicUrl.orElseGet(this::url);
    }

    /** The server's metrics (for tests and the bench). */
    public ServerMetrics metrics() {
        requireStarted();
        return metrics;
    }

    /** The rooms (for tests: whether a room is loaded). */
    public RoomRegistry rooms() {
        requireStarted();
        return rooms;
    }

    /** The store (tests read run records from it). */
    RoomStore store() {
        requireStarted();
        return store;
    }

    /** Stops accepting, commits pending ops, closes sockets with 1001 Going Away and closes the store. */
    public synchronized void stop() {
        if (webServer == null) {
            return;
        }
        sweeper.shutdownNow();
        rooms.close();
        webServer.stop();
        store.close();
        metrics.close();
        webServer = null;
    }

    private void requireStarted() {
        if (webServer == null) {
            throw new IllegalStateException("server is not running: call start() first");
        }
    }

    /** The public URL, read when a room is created (the port is known only after start). */
    private record LazyUrl(PairpadServer server) implements java.util.function.Supplier<String> {
        @Override
        public String get() {
            return server.publicUrl();
        }
    }

    /** Settings of a server; every value has the default of {@link Setting}. */
    public static final class Builder {
        private String host = Setting.HOST.defaultValue();
        private int port = Integer.parseInt(Setting.PORT.defaultValue());
        private Path dataDirectory = Path.of(Setting.DATA.defaultValue());
        private boolean memory;
        private JournalSync journalSync = JournalSync.FULL;
        private Optional<String> publicUrl = Optional.empty();
        private Optional<String> adminToken = Optional.empty();
        private boolean createRequiresAdmin;
        private Set<String> corsOrigins = Set.of();
        private Limits current = Limits.defaults();
        private Optional<ExecutorRegistry> languages = Optional.empty();
        private InstantSource clock = InstantSource.system();

        private Builder() {
        }

        /** Applies every setting of {@code settings} (command line > environment > application.yaml > default). */
        public Builder settings(Settings settings) {
            host(settings.text(Setting.HOST).orElse(Setting.HOST.defaultValue()));
            port((int) settings.integer(Setting.PORT, 0, 65_535));
            dataDirectory(Path.of(settings.text(Setting.DATA).orElse(Setting.DATA.defaultValue())));
            String storeKind = settings.text(Setting.STORE).orElse("sqlite");
            switch (storeKind) {
                case "sqlite" -> memory = false;
                case "memory" -> memory = true;
                default -> throw new IllegalArgumentException("PAIRPAD_STORE must be sqlite or memory, got \""
                        + storeKind + "\" from " + settings.source(Setting.STORE));
            }
            String sync = settings.text(Setting.JOURNAL_SYNC).orElse(Setting.JOURNAL_SYNC.defaultValue());
            try {
                journalSync = JournalSync.of(sync);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("PAIRPAD_JOURNAL_SYNC " + e.getMessage() + " from "
                        + settings.source(Setting.JOURNAL_SYNC), e);
            }
            publicUrl = settings.text(Setting.PUBLIC_URL);
            adminToken = settings.text(Setting.ADMIN_TOKEN);
            createRequiresAdmin = settings.flag(Setting.CREATE_REQUIRES_ADMIN);
            corsOrigins(settings.text(Setting.CORS_ORIGINS).map(v -> Set.copyOf(
                    new LinkedHashSet<>(Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                            .toList()))).orElse(Set.of()));
            Limits d = current;
            current = new Limits(
                    (int) settings.integer(Setting.MAX_DOCUMENT_BYTES, 1, Integer.MAX_VALUE / 4),
                    (int) settings.integer(Setting.MAX_MESSAGE_BYTES, 64, Integer.MAX_VALUE / 4),
                    (int) settings.integer(Setting.OPS_PER_SECOND, 1, 1_000_000),
                    (int) settings.integer(Setting.OPS_BURST, 1, 1_000_000),
                    (int) settings.integer(Setting.ROOMS_PER_MINUTE, 1, 1_000_000),
                    (int) settings.integer(Setting.MAX_PARTICIPANTS, 1, 100_000),
                    (int) settings.integer(Setting.MAX_RUN_OUTPUT_BYTES, 1, Integer.MAX_VALUE / 4),
                    Duration.ofSeconds(settings.integer(Setting.IDLE_UNLOAD_SECONDS, 0, 365L * 86_400)),
                    Duration.ofDays(settings.integer(Setting.ROOM_TTL_DAYS, 1, 36_500)),
                    (int) settings.integer(Setting.SNAPSHOT_EVERY, 1, 1_000_000),
                    d.outboundQueueMessages(), d.slowConsumerGrace());
            return this;
        }

        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port; 0 picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /** Where the SQLite file lives; also selects the SQLite store. */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
            this.memory = false;
            return this;
        }

        /** How durable a commit of the SQLite journal is before ops are acknowledged (default: fsynced). */
        public Builder journalSync(JournalSync journalSync) {
            this.journalSync = Objects.requireNonNull(journalSync, "journalSync");
            return this;
        }

        /** Keeps everything in memory (lost on stop). */
        public Builder inMemoryStore() {
            this.memory = true;
            return this;
        }

        /** The base URL of minted links, such as {@code https://pairpad.example.com}. */
        public Builder publicUrl(String publicUrl) {
            this.publicUrl = Optional.of(publicUrl);
            return this;
        }

        /** The bearer token for {@code GET /api/rooms}. */
        public Builder adminToken(String adminToken) {
            this.adminToken = Optional.of(adminToken);
            return this;
        }

        /** Whether {@code POST /api/rooms} needs the admin token (default false); needs {@link #adminToken}. */
        public Builder createRequiresAdmin(boolean required) {
            this.createRequiresAdmin = required;
            return this;
        }

        /** Origins allowed by CORS on {@code /api/}; empty (the default) turns CORS off. */
        public Builder corsOrigins(Set<String> origins) {
            this.corsOrigins = Set.copyOf(origins);
            return this;
        }

        /** Largest document (default 1 MiB). */
        public Builder maxDocumentBytes(int bytes) {
            return with(bytes, current.maxMessageBytes(), current.opsPerSecond(), current.opsBurst(), current.roomsPerMinute());
        }

        /** Largest WebSocket message or REST body (default 1 MiB). */
        public Builder maxMessageBytes(int bytes) {
            return with(current.maxDocumentBytes(), bytes, current.opsPerSecond(), current.opsBurst(), current.roomsPerMinute());
        }

        /** Sustained ops per second per connection (default 200). */
        public Builder opsPerSecond(int ops) {
            return with(current.maxDocumentBytes(), current.maxMessageBytes(), ops, current.opsBurst(), current.roomsPerMinute());
        }

        /** Burst of ops per connection (default 400). */
        public Builder opsBurst(int ops) {
            return with(current.maxDocumentBytes(), current.maxMessageBytes(), current.opsPerSecond(), ops, current.roomsPerMinute());
        }

        /** Rooms one client address may create per minute (default 60). */
        public Builder roomsPerMinute(int rooms) {
            return with(current.maxDocumentBytes(), current.maxMessageBytes(), current.opsPerSecond(), current.opsBurst(), rooms);
        }

        /** Connections per room (default 32). */
        public Builder maxParticipants(int participants) {
            current = new Limits(current.maxDocumentBytes(), current.maxMessageBytes(), current.opsPerSecond(), current.opsBurst(),
                    current.roomsPerMinute(), participants, current.maxRunOutputBytes(), current.idleUnload(), current.roomTtl(),
                    current.snapshotEvery(), current.outboundQueueMessages(), current.slowConsumerGrace());
            return this;
        }

        /** How long a room without connections stays in memory (default 300 s). */
        public Builder idleUnload(Duration idle) {
            current = new Limits(current.maxDocumentBytes(), current.maxMessageBytes(), current.opsPerSecond(), current.opsBurst(),
                    current.roomsPerMinute(), current.maxParticipants(), current.maxRunOutputBytes(), idle, current.roomTtl(),
                    current.snapshotEvery(), current.outboundQueueMessages(), current.slowConsumerGrace());
            return this;
        }

        private Builder with(int document, int message, int opsPerSecond, int opsBurst, int roomsPerMinute) {
            current = new Limits(document, message, opsPerSecond, opsBurst, roomsPerMinute, current.maxParticipants(),
                    current.maxRunOutputBytes(), current.idleUnload(), current.roomTtl(), current.snapshotEvery(), current.outboundQueueMessages(),
                    current.slowConsumerGrace());
            return this;
        }

        /** Every limit at once. */
        public Builder limits(Limits limits) {
            this.current = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** The current limits, to derive changed ones from. */
        public Limits limits() {
            return current;
        }

        /** The languages offered (default: every executor found by {@link ExecutorRegistry#load()}). */
        public Builder languages(ExecutorRegistry languages) {
            this.languages = Optional.of(languages);
            return this;
        }

        /** The clock stamping rooms and ops. */
        public Builder clock(InstantSource clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The server; refuses (IllegalArgumentException) to require the admin token for creation when none is set. */
        public PairpadServer build() {
            if (createRequiresAdmin && adminToken.filter(t -> !t.isBlank()).isEmpty()) {
                throw new IllegalArgumentException("PAIRPAD_CREATE_REQUIRES_ADMIN (--create-requires-admin) is true "
                        + "but PAIRPAD_ADMIN_TOKEN (--admin-token) is unset: set an admin token or turn "
                        + "create-requires-admin off");
            }
            return new PairpadServer(this);
        }
    }
}
