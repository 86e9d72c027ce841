package dev.pairpad.core.store;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Commits store batches from every room, many submissions per transaction (group commit), and runs each
 * submission's callback only after its writes are durable, in submission order.
 *
 * <p>There is no writer thread: a caller of {@link #commitPending} commits everything queued so far, unless
 * another caller is committing already, in which case that one commits the new submissions too before it
 * returns (a combining lock). So an op costs no hand-off between threads when the journal is idle, and ops
 * that arrive during a commit share the next one.
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
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean committing = new AtomicBoolean();
    private volatile boolean closed;
    private volatile boolean failing;

    /** A writer for {@code store}. */
    public GroupCommitWriter(RoomStore store) {
        this.store = store;
    }

    /**
     * Queues {@code writes}; {@code onDurable} runs once they are committed, on the thread that commits them.
     * Nothing is written until someone calls {@link #commitPending}.
     */
    public void submit(List<StoreWrite> writes, Runnable onDurable) {
        if (closed) {
            throw new IllegalStateException("journal writer is closed: the server is shutting down");
        }
        queue.add(new Pending(writes, onDurable));
    }

    /**
     * Commits everything submitted before this call, here or on the thread committing already. Callbacks may take
     * room locks, so never call this holding one.
     */
    public void commitPending() {
        // An item queued while another thread commits is seen by that thread's re-check after it lets go.
        while (!queue.isEmpty() && committing.compareAndSet(false, true)) {
            try {
                commitRound();
            } finally {
                committing.set(false);
            }
        }
    }

    /** Commits everything submitted before this call (or fails it), waiting at most {@code timeoutMillis}. */
    public boolean flush(long timeoutMillis) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        queue.add(new Pending(List.of(), done::countDown)); // allowed after close: it only waits
        commitPending();
        return done.await(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    /** True when the last batch failed to commit. */
    public boolean failing() {
        return failing;
    }

    private void commitRound() {
        List<Pending> batch = new ArrayList<>();
        List<StoreWrite> writes = new ArrayList<>();
        for (Pending p = queue.poll(); p != null; p = batch.size() < MAX_BATCH ? queue.poll() : null) {
            batch.add(p);
            writes.addAll(p.writes());
        }
        try {
            if (!writes.isEmpty()) {
                store.write(writes);
                failing = false;
            }
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
    }

    /** Commits what is queued; later submissions are refused. */
    @Override
    public void close() {
        closed = true;
        try {
            flush(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
