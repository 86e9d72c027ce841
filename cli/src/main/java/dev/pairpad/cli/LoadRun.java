package dev.pairpad.cli;

import dev.pairpad.api.client.PairpadApiException;
import dev.pairpad.api.client.PairpadClient;
import dev.pairpad.api.protocol.CreateRoomRequest;
import dev.pairpad.api.protocol.RoomCreated;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One load test: creates the rooms, connects every client, lets the typists type tokens at a fixed rate, and
 * times each token from the moment it was typed to the moment each other client of the room received it.
 * Each op inserts {@code <n base 36>;} at the end of the document, so every receiver can tell which op it got.
 *
 * <p>The clients are lean on purpose, so that the numbers are the server's and not the generator's: plain
 * non-blocking sockets ({@link WsConnection}) read by {@link #READERS} selector threads, and received ops scanned
 * rather than parsed ({@link LoadClient}). A client that loses its connection is counted, not reconnected.
 */
final class LoadRun {
    /** What to run. */
    record Settings(URI url, int rooms, int clients, int typists, double rate, Duration duration, Duration warmup,
                    Optional<String> adminToken, Optional<Long> serverPid, boolean measureHeap) {
    }

    /** What was measured; {@code errorExamples} holds the first message of each error code. */
    record Result(long sent, long expected, long delivered, long measuredDeliveries, double measuredSeconds,
                  LatencyHistogram latency, Map<String, Long> errors, long disconnects,
                  Optional<ServerUsage> server, double generatorCpuSeconds, long acknowledged,
                  Map<String, String> errorExamples, String firstDisconnect) {
    }

    /** The server process's CPU and memory over the measured window. */
    record ServerUsage(long pid, boolean sameProcess, double cpuSeconds, long peakResidentBytes,
                       long residentGrowthWhileConnecting, int connections, Optional<Long> heapGrowthWhileConnecting) {
    }

    /**
     * Selector threads reading all connections: one per two cores (at most 4), leaving the rest to the server. On two
     * cores one reader costs less and measures lower latencies than two (fewer frames per read, more syscalls).
     */
    static final int READERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() / 2));
    private static final int MAX_MESSAGE = 16 * 1024 * 1024;
    private final Settings settings;
    private final PrintWriter progress;
    private final LoadMeter meter = new LoadMeter();
    private final ProcessStats self = new ProcessStats(ProcessHandle.current().pid());
    private volatile long generatorCpuStart;

    LoadRun(Settings settings, PrintWriter progress) {
        this.settings = settings;
        this.progress = progress;
    }

    Result run() throws InterruptedException {
        if (!"http".equals(settings.url().getScheme())) {
            throw new UsageException("loadtest speaks plain http/ws only, not " + settings.url().getScheme()
                    + ": run it next to the server, before TLS");
        }
        PairpadClient.Builder builder = PairpadClient.builder(settings.url()).timeout(Duration.ofSeconds(30));
        settings.adminToken().ifPresent(builder::adminToken);
        PairpadClient client = builder.build();
        Optional<ProcessStats> server = serverProcess();
        List<RoomCreated> rooms = createRooms(client);
        // Each resident size is read after the full GC of the heap measurement (when on), so the two compare.
        Optional<Long> heapBefore = settings.measureHeap() ? server.flatMap(s -> boxed(s.heapUsedAfterGc())) : Optional.empty();
        long residentBefore = server.flatMap(s -> boxed(s.residentBytes())).orElse(0L);
        List<WsReactor> reactors = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            reactors.add(new WsReactor("loadtest-reader-" + (i + 1)));
        }
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(1);
        List<LoadClient> clients = new ArrayList<>();
        try {
            connect(rooms, reactors, clock, clients);
            Optional<Long> heapGrowth = heapBefore.flatMap(before -> server.flatMap(s -> boxed(s.heapUsedAfterGc()))
                    .map(after -> after - before));
            long residentAfter = server.flatMap(s -> boxed(s.residentBytes())).orElse(0L);
            List<LoadClient> typists = clients.stream().filter(LoadClient::typist).toList();
            long cpuStart = type(typists, server, clock);
            long cpuEnd = server.flatMap(s -> boxed(s.cpuNanos())).orElse(0L);
            long generatorCpu = self.cpuNanos().orElse(0) - generatorCpuStart;
            double seconds = (System.nanoTime() - meter.measureFrom) / 1e9;
            Optional<ServerUsage> usage = server.map(s -> new ServerUsage(s.pid(), s.pid() == ProcessHandle.current().pid(),
                    (cpuEnd - cpuStart) / 1e9, s.peakResidentBytes().orElse(0), residentAfter - residentBefore,
                    clients.size(), heapGrowth));
            return new Result(meter.sent.sum(), meter.expected.sum(), meter.delivered.sum(),
                    meter.measuredDeliveries.sum(), seconds, meter.latency(), meter.errorCounts(),
                    meter.disconnects.sum(), usage, generatorCpu / 1e9, meter.acknowledged.sum(),
                    meter.firstErrorMessages(), meter.firstDisconnect());
        } finally {
            clients.forEach(LoadClient::close);
            reactors.forEach(WsReactor::close);
            clock.shutdownNow();
            for (RoomCreated room : rooms) {
                try {
                    client.delete(room.id(), room.interviewerKey());
                } catch (RuntimeException e) {
                    progress.println("could not delete room " + room.id() + ": " + e.getMessage());
                }
            }
        }
    }
    private Optional<ProcessStats> serverProcess() {
        if (settings.serverPid().isPresent()) {
            return settings.serverPid().map(ProcessStats::new);
        }
        String host = settings.url().getHost();
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("[::1]")) {
            return Optional.empty();
        }
        int port = settings.url().getPort() > 0 ? settings.url().getPort()
                : "https".equals(settings.url().getScheme()) ? 443 : 80;
        return ProcessStats.listeningOn(port).map(ProcessStats::new);
    }

    private List<RoomCreated> createRooms(PairpadClient client) throws InterruptedException {
        List<RoomCreated> rooms = new ArrayList<>();
        long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (rooms.size() < settings.rooms()) {
            try {
                rooms.add(client.createRoom(new CreateRoomRequest(Optional.of("loadtest " + (rooms.size() + 1)),
                        Optional.empty(), Optional.empty())));
            } catch (PairpadApiException e) {
                if (e.status() != 429 || System.nanoTime() > giveUpAt) {
                    throw e;
                }
                Duration wait = e.retryAfter().orElse(Duration.ofSeconds(1));
                progress.println("rate limited creating rooms; waiting " + wait.toSeconds() + " s ("
                        + rooms.size() + "/" + settings.rooms() + " created)");
                progress.flush();
                Thread.sleep(wait.toMillis());
            }
        }
        return rooms;
    }

    private void connect(List<RoomCreated> rooms, List<WsReactor> reactors, ScheduledExecutorService clock,
                         List<LoadClient> clients) throws InterruptedException {
        URI url = settings.url();
        int port = url.getPort() > 0 ? url.getPort() : 80;
        InetSocketAddress address = new InetSocketAddress(url.getHost(), port);
        String hostHeader = url.getHost() + ":" + port;
        String base = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
        int tokens = (int) Math.ceil(settings.rate() * settings.duration().toSeconds()) + 64;
        List<RoomTypists> typistMaps = new ArrayList<>();
        for (RoomCreated room : rooms) {
            RoomTypists typistsHere = new RoomTypists();
            typistMaps.add(typistsHere);
            String path = base + "/ws/rooms/" + URLEncoder.encode(room.id(), StandardCharsets.UTF_8).replace("+", "%20");
            for (int i = 0; i < settings.clients(); i++) {
                boolean typing = i < settings.typists();
                LoadClient loadClient = new LoadClient(room.candidateKey(),
                        "load " + (typing ? "typist " : "reader ") + (i + 1), typing ? i : -1, settings.typists(),
                        tokens, settings.clients() - 1, typistsHere, meter, clock);
                clients.add(loadClient);
                try {
                    WsConnection.open(reactors.get(clients.size() % reactors.size()), address, hostHeader, path,
                            loadClient, MAX_MESSAGE);
                } catch (IOException e) {
                    throw new IllegalStateException("client " + (i + 1) + " of room " + room.id()
                            + " could not connect to " + address + ": " + e.getMessage(), e);
                }
            }
        }
        long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (int c = 0; c < clients.size(); c++) {
            LoadClient loadClient = clients.get(c);
            try {
                loadClient.joined().get(Math.max(1, giveUpAt - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException | TimeoutException e) {
                String why = e instanceof TimeoutException ? "no welcome within 60 s" : e.getCause().getMessage();
                throw new IllegalStateException("client " + (c % settings.clients() + 1) + " of room "
                        + (c / settings.clients() + 1) + " could not join: " + why + (settings.clients() > 32
                        ? " (does the server allow " + settings.clients() + " participants? PAIRPAD_MAX_PARTICIPANTS)"
                        : ""), e);
            }
            if (loadClient.typist()) {
                typistMaps.get(c / settings.clients()).add(loadClient.clientId(), loadClient);
            }
        }
        typistMaps.forEach(RoomTypists::publish);
    }

    /** Types for the whole duration, then waits (up to 10 s) for the last deliveries; returns the server CPU at start. */
    private long type(List<LoadClient> typists, Optional<ProcessStats> server, ScheduledExecutorService clock)
            throws InterruptedException {
        long period = (long) (1e9 / settings.rate());
        long start = System.nanoTime();
        long end = start + settings.duration().toNanos();
        long measureFrom = start + settings.warmup().toNanos();
        meter.measureFrom = measureFrom;
        long[] cpuStart = {0};
        List<ScheduledFuture<?>> ticking = new ArrayList<>();
        try {
            for (LoadClient typist : typists) {
                ticking.add(clock.scheduleAtFixedRate(() -> {
                    if (System.nanoTime() < end) {
                        typist.typeOne();
                    }
                }, ThreadLocalRandom.current().nextLong(period), period, TimeUnit.NANOSECONDS));
            }
            clock.schedule(() -> {
                cpuStart[0] = server.flatMap(s -> boxed(s.cpuNanos())).orElse(0L);
                generatorCpuStart = self.cpuNanos().orElse(0);
            }, measureFrom - System.nanoTime(), TimeUnit.NANOSECONDS).get();
            long remaining = end - System.nanoTime();
            if (remaining > 0) {
                TimeUnit.NANOSECONDS.sleep(remaining);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            ticking.forEach(t -> t.cancel(false));
        }
        long drainUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (meter.delivered.sum() < meter.expected.sum() && System.nanoTime() < drainUntil) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        return cpuStart[0];
    }

    private static Optional<Long> boxed(OptionalLong value) {
        return value.isPresent() ? Optional.of(value.getAsLong()) : Optional.empty();
    }
}
