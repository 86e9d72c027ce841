package dev.pairpad.core.bench;

import dev.pairpad.api.ot.TextOperation;
import dev.pairpad.api.protocol.ClientMessage;
import dev.pairpad.api.protocol.DocumentKind;
import dev.pairpad.api.protocol.MessageCodec;
import dev.pairpad.api.protocol.RestCodec;
import dev.pairpad.api.protocol.RoomCreated;
import dev.pairpad.api.protocol.ServerMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures op-to-delivery latency and server CPU per delivered update against a running server process:
 * {@code FanOutBench URL SERVER_PID ROOMS CLIENTS RATE SECONDS}. One typist per room appends at RATE ops/s; every
 * other client receives. Not a test: a number printer (the real tool is {@code interview loadtest}).
 */
public final class FanOutBench {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        long pid = Long.parseLong(args[1]);
        int rooms = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        int rate = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);
        HttpClient http = HttpClient.newHttpClient();
        ConcurrentHashMap<String, Long> sentAt = new ConcurrentHashMap<>();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong delivered = new AtomicLong();
        List<WebSocket> typists = new ArrayList<>();
        List<String> roomIds = new ArrayList<>();
        long rssBefore = rssKiB(pid);
        for (int r = 0; r < rooms; r++) {
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(url + "/api/rooms"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"starterCode\":\"\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            RoomCreated room = RestCodec.decodeRoomCreated(created.body());
            roomIds.add(room.id());
            for (int c = 0; c < clients; c++) {
                CountDownLatch welcomed = new CountDownLatch(1);
                boolean typist = c == 0;
                WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create(url.replace("http", "ws")
                        + "/ws/rooms/" + room.id()), new WebSocket.Listener() {
                            final StringBuilder partial = new StringBuilder();

                            @Override
                            public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                                partial.append(data);
                                if (last) {
                                    ServerMessage m = MessageCodec.decodeServer(partial.toString());
                                    partial.setLength(0);
                                    if (m instanceof ServerMessage.Welcome) {
                                        welcomed.countDown();
                                    } else if (m instanceof ServerMessage.Op op && !typist) {
                                        Long t = sentAt.get(room.id() + "/" + op.rev());
                                        if (t != null) {
                                            latencies.add(System.nanoTime() - t);
                                        }
                                        delivered.incrementAndGet();
                                    }
                                }
                                w.request(1);
                                return null;
                            }
                        }).join();
                ws.sendText(MessageCodec.encode(ClientMessage.Hello.join(typist ? room.interviewerKey()
                        : room.candidateKey(), "bench" + c)), true).join();
                welcomed.await(10, TimeUnit.SECONDS);
                if (typist) {
                    typists.add(ws);
                }
            }
        }
        long rssConnected = rssKiB(pid);
        long cpuBefore = cpuNanos(pid);
        long start = System.nanoTime();
        long intervalNanos = 1_000_000_000L / rate;
        int ops = rate * seconds;
        for (int i = 0; i < ops; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            for (int r = 0; r < rooms; r++) {
                sentAt.put(roomIds.get(r) + "/" + (i + 1), System.nanoTime());
                typists.get(r).sendText(MessageCodec.encode(new ClientMessage.Op(i, i + 1,
                        TextOperation.builder().retain(i).insert("x").build(), DocumentKind.CODE)), true);
            }
        }
        long expected = (long) ops * rooms * (clients - 1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (delivered.get() < expected && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000);
        }
        long cpu = cpuNanos(pid) - cpuBefore;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("rooms=%d clients=%d rate=%d/s seconds=%d on %d CPUs (%s)%n", rooms, clients, rate, seconds,
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"));
        System.out.printf("sent=%d delivered=%d missing=%d%n", (long) ops * rooms, delivered.get(),
                expected - delivered.get());
        System.out.printf("latency p50=%.2fms p95=%.2fms p99=%.2fms max=%.2fms%n", pct(sorted, 50), pct(sorted, 95),
                pct(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        System.out.printf("server CPU %.2f s, %.1f us per delivered update%n", cpu / 1e9,
                delivered.get() == 0 ? 0 : cpu / 1e3 / delivered.get());
        System.out.printf("server RSS %d MiB before connecting, %d MiB with %d connections (%.1f KiB each), %d MiB "
                + "at the end%n", rssBefore / 1024, rssConnected / 1024, rooms * clients,
                (rssConnected - rssBefore) / (double) (rooms * clients), rssKiB(pid) / 1024);
        System.exit(0);
    }

    static double pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }

    static long rssKiB(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }

    static long cpuNanos(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 10_000_000L; // USER_HZ = 100
    }

}
