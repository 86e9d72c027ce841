package dev.pairpad.core.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the cheapest possible fan-out server costs on this machine: the floor under {@code interview loadtest}'s
 * "server CPU per delivered update".
 *
 * <p>Same shape as the 50 rooms × 4 clients load test (one typist per room at a fixed rate, every message sent back
 * to its author as an ack and to the three others), but with no WebSocket, JSON, OT or journal: 64-byte messages
 * over loopback TCP, read and written by (a) one NIO selector thread, (b) one platform thread per typist, (c) one
 * virtual thread per typist (the model of Helidon's WebServer). The clients run in a child JVM so that only the
 * server's CPU is counted. Then the cost of one small journal append forced to disk (fdatasync) on this disk.
 *
 * <p>Usage: {@code bin/bench-floor [rooms] [rate] [seconds]}; prints one line per design.
 */
public final class DeliveryFloor {

    private static final int MESSAGE = 64;
    private static final int CLIENTS = 4;

    private DeliveryFloor() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("clients")) {
            clients(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Double.parseDouble(args[3]),
                    Integer.parseInt(args[4]));
            return;
        }
        int rooms = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        double rate = args.length > 1 ? Double.parseDouble(args[1]) : 20;
        int seconds = args.length > 2 ? Math.min(60, Integer.parseInt(args[2])) : 10;
        System.out.printf("machine cores=%d jdk=\"%s %s\" rooms=%d clients=%d rate=%.0f ops/s seconds=%d message=%d B%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.vendor"),
                System.getProperty("java.runtime.version"), rooms, CLIENTS, rate, seconds, MESSAGE);
        System.out.flush();
        for (String design : List.of("event-loop", "platform-threads", "virtual-threads")) {
            fanOut(design, rooms, rate, seconds);
        }
        fsync();
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static void fanOut(String design, int rooms, double rate, int seconds) throws Exception {
        try (ServerSocketChannel listener = ServerSocketChannel.open()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), rooms * CLIENTS);
            int port = ((InetSocketAddress) listener.getLocalAddress()).getPort();
            Process clients = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), DeliveryFloor.class.getName(), "clients",
                    String.valueOf(port), String.valueOf(rooms), String.valueOf(rate), String.valueOf(seconds))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            List<SocketChannel[]> all = new ArrayList<>();
            for (int r = 0; r < rooms; r++) {
                SocketChannel[] room = new SocketChannel[CLIENTS];
                for (int i = 0; i < CLIENTS; i++) {
                    room[i] = listener.accept();
                    room[i].setOption(StandardSocketOptions.TCP_NODELAY, true);
                }
                all.add(room);
            }
            LongAdder ops = new LongAdder();
            List<Thread> threads = new ArrayList<>();
            switch (design) {
                case "event-loop" -> threads.add(Thread.ofPlatform().start(() -> eventLoop(all, ops)));
                case "platform-threads" -> all.forEach(room -> threads.add(Thread.ofPlatform().start(() -> blocking(room, ops))));
                default -> all.forEach(room -> threads.add(Thread.ofVirtual().start(() -> blocking(room, ops))));
            }
            // The child types for `seconds` after a 2 s warm-up; measure the middle of that window.
            Thread.sleep(2_500);
            double cpu0 = cpuSeconds();
            long ops0 = ops.sum();
            long wall0 = System.nanoTime();
            Thread.sleep((seconds - 1) * 1000L);
            double cpu = cpuSeconds() - cpu0;
            long measured = ops.sum() - ops0;
            double wall = (System.nanoTime() - wall0) / 1e9;
            String received = new String(clients.getInputStream().readAllBytes()).strip();
            clients.waitFor(30, TimeUnit.SECONDS);
            for (Thread t : threads) {
                t.join(5_000);
            }
            long delivered = measured * (CLIENTS - 1);
            System.out.printf("design %-16s ops=%d (%.0f/s) server_cpu=%.2fs us_per_op=%.1f us_per_delivered_update=%.1f %s%n",
                    design, measured, measured / wall, cpu, cpu * 1e6 / measured, cpu * 1e6 / delivered,
                    received.equals("sent " + ops.sum() + " received " + ops.sum() * CLIENTS) ? "ok"
                            : "FAILED: server relayed " + ops.sum() + " ops, clients " + received);
            System.out.flush();
        }
    }

    /** Reads each typist's messages and writes each to all four clients of its room, on one selector thread. */
    private static void eventLoop(List<SocketChannel[]> rooms, LongAdder ops) {
        try (Selector selector = Selector.open()) {
            for (SocketChannel[] room : rooms) {
                for (SocketChannel c : room) {
                    c.configureBlocking(false);
                }
                room[0].register(selector, SelectionKey.OP_READ, room);
            }
            ByteBuffer buffer = ByteBuffer.allocateDirect(MESSAGE);
            int open = rooms.size();
            while (open > 0) {
                selector.select();
                for (SelectionKey key : selector.selectedKeys()) {
                    SocketChannel[] room = (SocketChannel[]) key.attachment();
                    buffer.clear();
                    int read = room[0].read(buffer);
                    while (read >= 0 && buffer.hasRemaining()) { // messages are written whole; finish a split one
                        read = room[0].read(buffer);
                    }
                    if (read < 0) {
                        key.cancel();
                        closeAll(room);
                        open--;
                        continue;
                    }
                    for (SocketChannel c : room) {
                        buffer.flip();
                        while (buffer.hasRemaining()) {
                            c.write(buffer);
                        }
                    }
                    ops.increment();
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            throw new IllegalStateException("event loop failed: " + e.getMessage(), e);
        }
    }

    /** The thread-per-connection design: blocking read of the typist, then four blocking writes. */
    private static void blocking(SocketChannel[] room, LongAdder ops) {
        try {
            InputStream in = room[0].socket().getInputStream();
            OutputStream[] outs = new OutputStream[CLIENTS];
            for (int i = 0; i < CLIENTS; i++) {
                outs[i] = room[i].socket().getOutputStream();
            }
            byte[] message = new byte[MESSAGE];
            while (in.readNBytes(message, 0, MESSAGE) == MESSAGE) {
                for (OutputStream out : outs) {
                    out.write(message);
                }
                ops.increment();
            }
        } catch (IOException e) {
            // the clients closed: the run is over
        }
        closeAll(room);
    }

    private static void closeAll(SocketChannel[] room) {
        for (SocketChannel c : room) {
            try {
                c.close();
            } catch (IOException e) {
                // closing at the end of the run
            }
        }
    }

    /** The child JVM: connects every client, types on the first of each room, counts what every client receives. */
    private static void clients(int port, int rooms, double rate, int seconds) throws Exception {
        List<Socket> sockets = new ArrayList<>();
        LongAdder received = new LongAdder();
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < rooms * CLIENTS; i++) {
            Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setTcpNoDelay(true);
            sockets.add(socket);
            readers.add(Thread.ofVirtual().start(() -> {
                try {
                    InputStream in = socket.getInputStream(); // not closed here: main closes every socket at the end
                    byte[] message = new byte[MESSAGE];
                    while (in.readNBytes(message, 0, MESSAGE) == MESSAGE) {
                        received.increment();
                    }
                } catch (IOException e) {
                    // closed at the end
                }
            }));
        }
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
        long period = (long) (1e9 / rate);
        byte[] message = new byte[MESSAGE];
        LongAdder sent = new LongAdder();
        for (int r = 0; r < rooms; r++) {
            OutputStream out = sockets.get(r * CLIENTS).getOutputStream();
            clock.scheduleAtFixedRate(() -> {
                try {
                    out.write(message);
                    sent.increment();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }, ThreadLocalRandom.current().nextLong(period), period, TimeUnit.NANOSECONDS);
        }
        Thread.sleep((seconds + 2) * 1000L);
        clock.shutdown();
        clock.awaitTermination(5, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (received.sum() < sent.sum() * CLIENTS && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            Thread.yield();
        }
        for (Socket s : sockets) {
            s.shutdownOutput(); // the typists' end of input ends the server's run, which then closes every socket
        }
        for (Thread reader : readers) {
            reader.join(5_000);
        }
        System.out.println("sent " + sent.sum() + " received " + received.sum());
        sockets.forEach(s -> {
            try {
                s.close();
            } catch (IOException e) {
                // closing
            }
        });
    }

    /** Cost of appending a small record and forcing it to disk, as a journal commit does, in this directory. */
    private static void fsync() throws IOException {
        Path file = Files.createTempFile(Path.of("target"), "floor", ".journal");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ByteBuffer record = ByteBuffer.allocateDirect(200);
            int count = 1000;
            double cpu0 = cpuSeconds();
            long wall0 = System.nanoTime();
            for (int i = 0; i < count; i++) {
                record.clear();
                channel.write(record);
                channel.force(false);
            }
            System.out.printf("fsync    append+fdatasync x%d: cpu_us_per_commit=%.1f wall_us_per_commit=%.1f (disk of %s)%n",
                    count, (cpuSeconds() - cpu0) * 1e6 / count, (System.nanoTime() - wall0) / 1e3 / count,
                    file.toAbsolutePath().getParent());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
