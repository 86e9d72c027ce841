package dev.pairpad.cli;

import dev.pairpad.api.client.Backoff;
import dev.pairpad.api.client.PairpadApiException;
import dev.pairpad.api.client.PairpadClient;
import dev.pairpad.api.client.RoomSession;
import dev.pairpad.api.client.SessionEvent;
import dev.pairpad.api.ot.TextOperation;
import dev.pairpad.api.protocol.CreateRoomRequest;
import dev.pairpad.api.protocol.RoomCreated;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * One load test: creates the rooms, connects every client, lets the typists type tokens at a fixed rate, and
 * times each token from the moment it was typed to the moment each other client of the room received it.
 * Each op inserts {@code <n base 36>;} at the end of the document, so every receiver can tell which op it got.
 */
final class LoadRun {
    /** What to run. */
    record Settings(URI url, int rooms, int clients, int typists, double rate, Duration duration, Duration warmup,
                    Optional<String> adminToken, Optional<Long> serverPid, boolean measureHeap) {
    }

    /** What was measured. */
    record Result(long sent, long expected, long delivered, long measuredDeliveries, double measuredSeconds,
                  LatencyHistogram latency, Map<String, Long> errors, long disconnects,
                  Optional<ServerUsage> server, double generatorCpuSeconds, long acknowledged) {
    }

    /** The server process's CPU and memory over the measured window. */
    record ServerUsage(long pid, boolean sameProcess, double cpuSeconds, long peakResidentBytes,
                       long residentGrowthWhileConnecting, int connections, Optional<Long> heapGrowthWhileConnecting) {
    }

    private static final int MAX_LENGTH = 256 * 1024;
    /** Sessions per HttpClient: each HttpClient reads all its WebSockets on one selector thread. */
    private static final int SESSIONS_PER_HTTP_CLIENT = 50;
    private final Settings settings;
    private final PrintWriter progress;
    private final LatencyHistogram latency = new LatencyHistogram();
    private final LongAdder sent = new LongAdder();
    private final LongAdder expected = new LongAdder();
    private final LongAdder delivered = new LongAdder();
    private final LongAdder measuredDeliveries = new LongAdder();
    private final LongAdder disconnects = new LongAdder();
    private final LongAdder acknowledged = new LongAdder();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private volatile long measureFrom = Long.MAX_VALUE;
    private final ProcessStats self = new ProcessStats(ProcessHandle.current().pid());
    private volatile long generatorCpuStart;

    LoadRun(Settings settings, PrintWriter progress) {
        this.settings = settings;
        this.progress = progress;
    }

    Result run() throws InterruptedException {
        PairpadClient.Builder builder = PairpadClient.builder(settings.url()).timeout(Duration.ofSeconds(30));
        settings.adminToken().ifPresent(builder::adminToken);
        PairpadClient client = builder.build();
        Optional<ProcessStats> server = serverProcess();
        List<RoomCreated> rooms = createRooms(client);
        // Each resident size is read after the full GC of the heap measurement (when on), so the two compare.
        Optional<Long> heapBefore = settings.measureHeap() ? server.flatMap(s -> boxed(s.heapUsedAfterGc())) : Optional.empty();
        long residentBefore = server.flatMap(s -> boxed(s.residentBytes())).orElse(0L);
        List<Typist> typists = new ArrayList<>();
        List<RoomSession> sessions = connect(rooms, typists);
        Optional<Long> heapGrowth = heapBefore.flatMap(before -> server.flatMap(s -> boxed(s.heapUsedAfterGc()))
                .map(after -> after - before));
        long residentAfter = server.flatMap(s -> boxed(s.residentBytes())).orElse(0L);
        try {
            long cpuStart = type(typists, server);
            long cpuEnd = server.flatMap(s -> boxed(s.cpuNanos())).orElse(0L);
            long generatorCpu = self.cpuNanos().orElse(0) - generatorCpuStart;
            double seconds = (System.nanoTime() - measureFrom) / 1e9;
            Optional<ServerUsage> usage = server.map(s -> new ServerUsage(s.pid(), s.pid() == ProcessHandle.current().pid(),
                    (cpuEnd - cpuStart) / 1e9, s.peakResidentBytes().orElse(0), residentAfter - residentBefore,
                    sessions.size(), heapGrowth));
            Map<String, Long> errorCounts = new TreeMap<>();
            errors.forEach((code, count) -> errorCounts.put(code, count.sum()));
            return new Result(sent.sum(), expected.sum(), delivered.sum(), measuredDeliveries.sum(), seconds, latency,
                    errorCounts, disconnects.sum(), usage, generatorCpu / 1e9, acknowledged.sum());
        } finally {
            sessions.forEach(RoomSession::close);
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

    private List<RoomSession> connect(List<RoomCreated> rooms, List<Typist> typists) throws InterruptedException {
        int total = rooms.size() * settings.clients();
        List<PairpadClient> transports = new ArrayList<>();
        for (int i = 0; i < (total + SESSIONS_PER_HTTP_CLIENT - 1) / SESSIONS_PER_HTTP_CLIENT; i++) {
            // One delivery thread per HttpClient: a cached pool would start a thread per busy socket and the
            // generator would spend the machine switching between them.
            ExecutorService delivery = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "loadtest-delivery");
                thread.setDaemon(true);
                return thread;
            });
            transports.add(PairpadClient.builder(settings.url()).timeout(Duration.ofSeconds(30))
                    .httpClient(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).executor(delivery).build())
                    .build());
        }
        AtomicInteger opened = new AtomicInteger();
        List<RoomSession> sessions = new ArrayList<>();
        Semaphore parallel = new Semaphore(16);
        try (ExecutorService opener = Executors.newVirtualThreadPerTaskExecutor()) {
            List<List<Future<RoomSession>>> perRoom = new ArrayList<>();
            for (RoomCreated room : rooms) {
                Map<String, Typist> typistsHere = new ConcurrentHashMap<>();
                List<Future<RoomSession>> futures = new ArrayList<>();
                for (int i = 0; i < settings.clients(); i++) {
                    String name = "load " + (i < settings.typists() ? "typist " : "reader ") + (i + 1);
                    futures.add(opener.submit(() -> {
                        parallel.acquire();
                        try {
                            PairpadClient transport = transports.get(opened.getAndIncrement() % transports.size());
                            return transport.session(room.id(), room.candidateKey()).name(name).keepText(false)
                                    .backoff(new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2), 20))
                                    .listener(event -> received(event, typistsHere)).open();
                        } finally {
                            parallel.release();
                        }
                    }));
                }
                perRoom.add(futures);
                for (int i = 0; i < settings.typists(); i++) {
                    typists.add(new Typist(i, futures, typistsHere));
                }
            }
            for (int r = 0; r < perRoom.size(); r++) {
                for (int i = 0; i < perRoom.get(r).size(); i++) {
                    try {
                        sessions.add(perRoom.get(r).get(i).get());
                    } catch (ExecutionException e) {
                        sessions.forEach(RoomSession::close);
                        throw new IllegalStateException("client " + (i + 1) + " of room " + (r + 1) + " could not join: "
                                + e.getCause().getMessage() + (settings.clients() > 32
                                ? " (does the server allow " + settings.clients() + " participants? PAIRPAD_MAX_PARTICIPANTS)"
                                : ""), e.getCause());
                    }
                }
            }
        }
        for (Typist typist : typists) {
            typist.bind();
        }
        return sessions;
    }

    /** Types for the whole duration, then waits (up to 10 s) for the last deliveries; returns the server CPU at start. */
    private long type(List<Typist> typists, Optional<ProcessStats> server) throws InterruptedException {
        long period = (long) (1e9 / settings.rate());
        long start = System.nanoTime();
        long end = start + settings.duration().toNanos();
        measureFrom = start + settings.warmup().toNanos();
        long[] cpuStart = {0};
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
        List<ScheduledFuture<?>> ticking = new ArrayList<>();
        try {
            for (Typist typist : typists) {
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
            clock.shutdown();
            clock.awaitTermination(5, TimeUnit.SECONDS);
        }
        long drainUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (delivered.sum() < expected.sum() && System.nanoTime() < drainUntil) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        return cpuStart[0];
    }

    private void received(SessionEvent event, Map<String, Typist> typistsHere) {
        long now = System.nanoTime();
        switch (event) {
            case SessionEvent.RemoteEdit edit -> {
                Typist author = typistsHere.get(edit.author().clientId());
                if (author != null) {
                    edit.applied().accept(new TextOperation.Visitor() {
                        @Override
                        public void retain(int count) {
                        }

                        @Override
                        public void insert(String text) {
                            int from = 0;
                            for (int semicolon = text.indexOf(';'); semicolon >= 0; semicolon = text.indexOf(';', from)) {
                                long typedAt = author.typedAt(Integer.parseInt(text, from, semicolon, 36));
                                delivered.increment();
                                if (typedAt >= measureFrom) {
                                    measuredDeliveries.increment();
                                    latency.record(now - typedAt);
                                }
                                from = semicolon + 1;
                            }
                        }

                        @Override
                        public void delete(int count) {
                        }
                    });
                }
            }
            case SessionEvent.ServerError error -> errors.computeIfAbsent(error.code().wire(), c -> new LongAdder()).increment();
            case SessionEvent.Disconnected d -> disconnects.increment();
            case SessionEvent.Acknowledged a -> acknowledged.increment();
            default -> { }
        }
    }

    private static Optional<Long> boxed(OptionalLong value) {
        return value.isPresent() ? Optional.of(value.getAsLong()) : Optional.empty();
    }

    /** One client that types; its tokens' typing times, indexed by token. */
    private final class Typist {
        private final int index;
        private final List<Future<RoomSession>> roomSessions;
        private final Map<String, Typist> typistsHere;
        private final AtomicInteger next = new AtomicInteger();
        private AtomicLongArray typedAt;
        private RoomSession session;

        Typist(int index, List<Future<RoomSession>> roomSessions, Map<String, Typist> typistsHere) {
            this.index = index;
            this.roomSessions = roomSessions;
            this.typistsHere = typistsHere;
        }

        void bind() {
            try {
                session = roomSessions.get(index).get();
            } catch (ExecutionException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
            typedAt = new AtomicLongArray((int) Math.ceil(settings.rate() * settings.duration().toSeconds()) + 64);
            typistsHere.put(session.clientId(), this);
        }

        long typedAt(int token) {
            return token < typedAt.length() ? typedAt.get(token) : Long.MIN_VALUE;
        }

        void typeOne() {
            int token = next.getAndIncrement();
            if (token >= typedAt.length()) {
                return;
            }
            String text = Integer.toString(token, 36) + ";";
            typedAt.set(token, System.nanoTime());
            session.edit(length -> length > MAX_LENGTH
                    ? TextOperation.builder().delete(4096).retain(length - 4096).insert(text).build()
                    : TextOperation.builder().retain(length).insert(text).build());
            sent.increment();
            expected.add(settings.clients() - 1);
        }
    }
}
