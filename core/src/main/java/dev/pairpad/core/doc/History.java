package dev.pairpad.core.doc;

import dev.pairpad.api.ot.TextOperation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A document's revisions in parallel arrays rather than one object per revision: a long-lived room keeps every
 * op, and fewer live objects keep garbage collection cheap. Revision {@code first + i} is at index {@code i}.
 * Times are kept to the millisecond.
 */
final class History {
    private final int first;
    private TextOperation[] ops;
    private String[] clientIds;
    private long[] seqs;
    private long[] times;
    private int size;

    History(int first, int capacity) {
        this.first = first;
        int initial = Math.max(capacity, 64);
        ops = new TextOperation[initial];
        clientIds = new String[initial];
        seqs = new long[initial];
        times = new long[initial];
    }

    /** The revision of the oldest kept entry (or of the next one to add, when empty). */
    int first() {
        return first;
    }

    /** The revision of the newest entry ({@code first() - 1} when empty). */
    int last() {
        return first + size - 1;
    }

    void add(String clientId, long seq, TextOperation op, long epochMillis) {
        if (size == ops.length) {
            int capacity = size * 2;
            ops = Arrays.copyOf(ops, capacity);
            clientIds = Arrays.copyOf(clientIds, capacity);
            seqs = Arrays.copyOf(seqs, capacity);
            times = Arrays.copyOf(times, capacity);
        }
        ops[size] = op;
        clientIds[size] = clientId;
        seqs[size] = seq;
        times[size] = epochMillis;
        size++;
    }

    TextOperation op(int revision) {
        return ops[revision - first];
    }

    Revision revision(int revision) {
        int i = revision - first;
        return new Revision(revision, clientIds[i], seqs[i], ops[i], Instant.ofEpochMilli(times[i]));
    }

    /** The entries from {@code fromRevision} on, as records. */
    List<Revision> from(int fromRevision) {
        List<Revision> revisions = new ArrayList<>(Math.max(0, first + size - fromRevision));
        for (int r = fromRevision; r < first + size; r++) {
            revisions.add(revision(r));
        }
        return revisions;
    }
}
