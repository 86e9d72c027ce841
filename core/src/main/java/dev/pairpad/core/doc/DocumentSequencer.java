package dev.pairpad.core.doc;

import dev.pairpad.api.ot.InvalidOperationException;
import dev.pairpad.api.ot.TextOperation;
import java.time.InstantSource;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The server side of OT for one document: puts concurrent ops into one order (revisions 1, 2, 3, ...), applies
 * each exactly once and keeps the whole history. An op based on revision r is transformed against r+1..now one at
 * a time, never against a composed history, as the FIRST argument, so at equal positions the incoming insert goes
 * first (PROTOCOL.md "Concurrent inserts"). A resent op, recognised by (clientId, seq), is answered with the
 * revision it became and not applied again. Not thread-safe: the room serialises calls.
 */
public final class DocumentSequencer {
    private final RoomDocument document;
    private final InstantSource clock;
    private final History history;
    private final Map<String, SeqIndex> applied = new HashMap<>();

    private DocumentSequencer(String text, History history, InstantSource clock) {
        this.document = new RoomDocument(text);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.history = history;
    }

    /** A new document holding {@code text} at revision 0, stamping revisions with the system clock. */
    public DocumentSequencer(String text) {
        this(text, InstantSource.system());
    }

    /** A new document holding {@code text} at revision 0, stamping revisions with {@code clock} (to the millisecond). */
    public DocumentSequencer(String text, InstantSource clock) {
        this(text, new History(1, 64), clock);
    }

    /**
     * Rebuilds a sequencer after a restart from a snapshot ({@code snapshotText} at {@code snapshotRevision}) and
     * journal entries in revision order without gaps: entries after the snapshot are applied, entries up to it are
     * only kept (for {@link #since}, transforms and dedupe). Every kept entry's (clientId, seq) stays deduplicated.
     *
     * @throws IllegalArgumentException  if the journal has a gap, does not reach the snapshot, or is out of order
     * @throws InvalidOperationException if a journal op does not fit the document it follows
     */
    public static DocumentSequencer restore(String snapshotText, int snapshotRevision, List<Revision> journal,
                                            InstantSource clock) {
        if (snapshotRevision < 0) {
            throw new IllegalArgumentException("snapshot revision must not be negative, was " + snapshotRevision);
        }
        if (!journal.isEmpty() && journal.get(0).revision() > snapshotRevision + 1) {
            throw new IllegalArgumentException("journal starts at revision " + journal.get(0).revision()
                    + " but the snapshot is at revision " + snapshotRevision + ": the revisions between are missing");
        }
        if (!journal.isEmpty() && journal.getLast().revision() < snapshotRevision) {
            throw new IllegalArgumentException("journal ends at revision " + journal.getLast().revision()
                    + " but the snapshot is at revision " + snapshotRevision + ": the revisions between are missing");
        }
        int first = journal.isEmpty() ? snapshotRevision + 1 : journal.get(0).revision();
        History history = new History(first, journal.size() + 64);
        for (int i = 0; i < journal.size(); i++) {
            Revision entry = journal.get(i);
            if (entry.revision() != first + i) {
                throw new IllegalArgumentException("journal revision " + entry.revision() + " follows revision "
                        + (first + i - 1) + ": entries must be consecutive");
            }
            history.add(entry.clientId(), entry.seq(), entry.op(), entry.time().toEpochMilli());
        }
        DocumentSequencer sequencer = new DocumentSequencer(snapshotText, history, clock);
        for (Revision entry : journal) {
            if (entry.revision() > snapshotRevision) {
                try {
                    sequencer.document.apply(entry.op());
                } catch (InvalidOperationException e) {
                    throw new InvalidOperationException("journal revision " + entry.revision() + ": " + e.getMessage());
                }
            }
            sequencer.remember(entry.clientId(), entry.seq(), entry.revision());
        }
        return sequencer;
    }

    /**
     * Sequences {@code op}, made by {@code clientId} as its {@code seq}-th op on the document at
     * {@code baseRevision}: transformed past every later revision, applied, and appended as revision
     * {@code revision() + 1}; or, when that (clientId, seq) was already applied, the earlier outcome marked duplicate.
     *
     * @throws StaleRevisionException    if {@code baseRevision} is ahead of the server or older than its history
     * @throws InvalidOperationException if the op does not fit the document at {@code baseRevision}; nothing changes
     */
    public Sequenced submit(String clientId, long seq, int baseRevision, TextOperation op) {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(op, "op");
        SeqIndex seqs = applied.get(clientId);
        if (seqs != null) {
            int earlier = seqs.revisionOf(seq);
            if (earlier != 0) {
                return new Sequenced(earlier, history.op(earlier), true);
            }
        }
        requireServed(baseRevision, "op is based on");
        int revision = revision();
        int expectedLength = baseRevision == revision ? document.length() : history.op(baseRevision + 1).baseLength();
        if (op.baseLength() != expectedLength) {
            throw new InvalidOperationException("op base length " + op.baseLength() + " does not match document length "
                    + expectedLength + " at revision " + baseRevision);
        }
        TextOperation transformed = op;
        for (int r = baseRevision + 1; r <= revision; r++) {
            transformed = TextOperation.transform(transformed, history.op(r)).left();
        }
        document.apply(transformed);
        history.add(clientId, seq, transformed, clock.millis());
        remember(clientId, seq, revision + 1);
        return new Sequenced(revision + 1, transformed, false);
    }

    /** The latest revision (0 for a new document with no op yet). */
    public int revision() {
        return history.last();
    }

    /** The oldest revision an op may be based on, or a resume may start from. */
    public int oldestRevision() {
        return history.first() - 1;
    }

    /** The current text; a copy, costing the document's length. */
    public String text() {
        return document.text();
    }

    /** The current length in UTF-16 code units. */
    public int length() {
        return document.length();
    }

    /**
     * The revisions after {@code revision}, oldest first (empty when it is the latest); an unmodifiable copy.
     *
     * @throws StaleRevisionException if {@code revision} is ahead of the server or older than its history
     */
    public List<Revision> since(int revision) {
        requireServed(revision, "history asked from");
        return Collections.unmodifiableList(history.from(revision + 1));
    }

    private void requireServed(int baseRevision, String what) {
        int revision = revision();
        if (baseRevision > revision) {
            throw new StaleRevisionException(what + " revision " + baseRevision + " but the server is at revision "
                    + revision + ": reload the document");
        }
        if (baseRevision < history.first() - 1) {
            throw new StaleRevisionException(what + " revision " + baseRevision
                    + " but the server keeps history only from revision " + (history.first() - 1) + ": reload the document");
        }
    }

    private void remember(String clientId, long seq, int revisionNumber) {
        applied.computeIfAbsent(clientId, id -> new SeqIndex()).put(seq, revisionNumber);
    }
}
