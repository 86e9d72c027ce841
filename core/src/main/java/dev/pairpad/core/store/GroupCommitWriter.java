package dev.pairpad.core.store;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Writes store batches from every room on one thread, many submissions per transaction (group commit), and runs
 * each submission's callback only after its writes are durable, in submission order.
 *
 * <p>Submission order is the order callbacks run in, so a room that submits its revisions in order publishes them
 * in order. A failed write runs no callback: those ops are never acknowledged and clients resend them.
 */
public final class GroupCommitWriter implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(GroupCommitWriter.class.getName());
    private static final int MAX_BATCH = 2048;

    private record Pending(List<StoreWrite> writes, Runnable onDurable) {
    }

    private final RoomStore store;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closed;
    private volatile boolean failing;

    /** Starts the writer thread for {@code store}. */
    public GroupCommitWriter(RoomStore store) {
        this.store = store;
        this.thread = Thread.ofPlatform().name("pairpad-journal").daemon(true).start(this::run);
    }

    /** Queues {@code writes}; {@code onDurable} runs on the writer thread once they are committed. */
    public void submit(List<StoreWrite> writes, Runnable onDurable) {
        if (closed) {
            throw new IllegalStateException("journal writer is closed: the server is shutting down");
        }
        queue.add(new Pending(writes, onDurable));
    }

    /** Waits until everything submitted before this call is committed (or failed), at most {@code timeoutMillis}. */
    public boolean flush(long timeoutMillis) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        queue.add(new Pending(List.of(), done::countDown));
        return done.await(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    /** True when the last batch failed to commit. */
    public boolean failing() {
        return failing;
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        List<StoreWrite> writes = new ArrayList<>();
        while (!closed || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                for (Pending pending : batch) {
                    writes.addAll(pending.writes());
                }
                try {
                    store.write(writes);
                    failing = false;
                } catch (RuntimeException e) {
                    failing = true;
                    LOG.log(Level.ERROR, "journal batch of " + writes.size() + " writes failed; its ops stay "
                            + "unacknowledged: " + e.getMessage());
                    batch.removeIf(p -> !p.writes().isEmpty());
                }
                for (Pending pending : batch) {
                    try {
                        pending.onDurable().run();
                    } catch (RuntimeException e) {
                        LOG.log(Level.ERROR, "publishing a journaled batch failed", e);
                    }
                }
            } catch (InterruptedException e) {
                if (closed) {
                    return;
                }
            } finally {
                batch.clear();
                writes.clear();
            }
        }
    }

    /** Commits what is queued, then stops the thread. */
    @Override
    public void close() {
        closed = true;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
