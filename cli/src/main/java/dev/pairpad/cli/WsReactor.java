package dev.pairpad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One thread and one {@link Selector} reading and writing any number of {@link WsConnection}s; every listener
 * call of its connections happens on this thread, so a connection's state needs no lock against reads.
 */
final class WsReactor implements AutoCloseable {
    private final Selector selector;
    private final Thread thread;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private volatile boolean running = true;
    private long now;

    WsReactor(String name) {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a selector", e);
        }
        thread = Thread.ofPlatform().name(name).daemon().unstarted(this::loop);
        thread.start();
    }

    /** Runs {@code task} on the reactor thread, soon. */
    void execute(Runnable task) {
        tasks.add(task);
        selector.wakeup();
    }

    Selector selector() {
        return selector;
    }

    /** The {@link System#nanoTime()} taken when the current batch of ready connections was selected. */
    long now() {
        return now;
    }

    void wakeup() {
        selector.wakeup();
    }

    private void loop() {
        while (running) {
            try {
                selector.select(this::ready);
            } catch (IOException e) {
                throw new UncheckedIOException("selector failed", e);
            }
            for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
                task.run();
            }
        }
        selector.keys().forEach(key -> ((WsConnection) key.attachment()).closeNow("load test over"));
        try {
            selector.close();
        } catch (IOException ignored) {
            // closing at the end; nothing left to release
        }
    }

    private void ready(SelectionKey key) {
        now = System.nanoTime();
        ((WsConnection) key.attachment()).ready(key);
    }

    /** Stops the thread and closes its connections; waits up to 5 s for it. */
    @Override
    public void close() {
        running = false;
        selector.wakeup();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
