package dev.pairpad.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.api.protocol.DocumentKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class GroupCommitWriterTests {

    private static final Snapshot SNAPSHOT = new Snapshot("room", DocumentKind.CODE, 1, "x");

    /** Records each batch; can hold the first write until released, or fail every write. */
    private static final class JournalFake implements RoomStore {
        final List<List<StoreWrite>> batches = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch firstWriteStarted = new CountDownLatch(1);
        final CountDownLatch releaseFirstWrite;
        volatile boolean failing;

        JournalFake(boolean holdFirstWrite) {
            releaseFirstWrite = new CountDownLatch(holdFirstWrite ? 1 : 0);
        }

        @Override
        public void write(List<StoreWrite> batch) {
            firstWriteStarted.countDown();
            try {
                releaseFirstWrite.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            if (failing) {
                throw new StoreException("disk full", new java.io.IOException("disk full"));
            }
            batches.add(List.copyOf(batch));
        }

        @Override
        public void createRoom(RoomRecord room, String starterCode) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<RoomRecord> findRoom(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<RoomRecord> rooms() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void updateRoom(RoomRecord room) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void deleteRoom(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Snapshot> snapshotAtOrBefore(String roomId, DocumentKind doc, int rev) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<JournalEntry> journal(String roomId, DocumentKind doc, int afterRev) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<RunRecord> runs(String roomId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean healthy() {
            return !failing;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aSubmissionIsCommittedAndItsCallbackRunOnTheCallingThreadWhenTheJournalIsIdle() {
        JournalFake store = new JournalFake(false);
        GroupCommitWriter writer = new GroupCommitWriter(store);
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        writer.submit(List.of(new StoreWrite.Snap(SNAPSHOT)), () -> ranOn.set(Thread.currentThread()));

        assertThat(store.batches).as("nothing is written before commitPending").isEmpty();
        writer.commitPending();

        assertThat(store.batches).containsExactly(List.of(new StoreWrite.Snap(SNAPSHOT)));
        assertThat(ranOn.get()).isSameAs(Thread.currentThread());
    }

    @Test
    void submissionsDuringACommitShareTheNextCommitOfTheCommittingThreadInSubmissionOrder() throws Exception {
        JournalFake store = new JournalFake(true);
        GroupCommitWriter writer = new GroupCommitWriter(store);
        List<String> published = Collections.synchronizedList(new ArrayList<>());
        writer.submit(List.of(new StoreWrite.Snap(SNAPSHOT)), () -> published.add("first"));
        CompletableFuture<Void> committing = CompletableFuture.runAsync(writer::commitPending);
        assertThat(store.firstWriteStarted.await(10, TimeUnit.SECONDS)).isTrue();

        AtomicReference<Thread> laterRanOn = new AtomicReference<>();
        for (int i = 2; i <= 4; i++) {
            String name = "op " + i;
            writer.submit(List.of(new StoreWrite.Snap(SNAPSHOT)), () -> {
                published.add(name);
                laterRanOn.set(Thread.currentThread());
            });
            writer.commitPending(); // another thread commits: returns at once, leaving the work to it
        }
        assertThat(published).as("nothing is published before its commit").isEmpty();
        store.releaseFirstWrite.countDown();
        committing.get(10, TimeUnit.SECONDS);

        assertThat(published).containsExactly("first", "op 2", "op 3", "op 4");
        assertThat(store.batches).hasSize(2);
        assertThat(store.batches.get(1)).as("the three later ops in one commit").hasSize(3);
        assertThat(laterRanOn.get()).isNotSameAs(Thread.currentThread());
    }

    @Test
    void aFailedCommitRunsNoCallbackAndReportsFailingUntilACommitSucceeds() throws Exception {
        JournalFake store = new JournalFake(false);
        GroupCommitWriter writer = new GroupCommitWriter(store);
        List<String> published = new ArrayList<>();
        store.failing = true;
        writer.submit(List.of(new StoreWrite.Snap(SNAPSHOT)), () -> published.add("lost"));
        writer.commitPending();

        assertThat(published).isEmpty();
        assertThat(writer.failing()).isTrue();

        store.failing = false;
        writer.submit(List.of(new StoreWrite.Snap(SNAPSHOT)), () -> published.add("kept"));
        writer.commitPending();
        assertThat(published).containsExactly("kept");
        assertThat(writer.failing()).isFalse();
    }

    @Test
    void flushWaitsForWhatAnotherThreadIsCommitting() throws Exception {
        JournalFake store = new JournalFake(true);
        GroupCommitWriter writer = new GroupCommitWriter(store);
        writer.submit(List.of(new StoreWrite.Snap(SNAPSHOT)), () -> { });
        CompletableFuture<Void> committing = CompletableFuture.runAsync(writer::commitPending);
        assertThat(store.firstWriteStarted.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Boolean> flushed = CompletableFuture.supplyAsync(() -> {
            try {
                return writer.flush(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(flushed).isNotDone();
        store.releaseFirstWrite.countDown();

        assertThat(flushed.get(10, TimeUnit.SECONDS)).isTrue();
        committing.get(10, TimeUnit.SECONDS);
        assertThat(store.batches).hasSize(1);
    }

    @Test
    void aClosedWriterRefusesSubmissions() {
        GroupCommitWriter writer = new GroupCommitWriter(new JournalFake(false));
        writer.close();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.submit(List.of(), () -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("shutting down");
    }
}
