package dev.pairpad.core.doc;

/** Seq to revision for one client: an open-addressing map of primitives, since it grows by one entry per op. */
final class SeqIndex {
    private long[] keys = new long[16];
    private int[] revisions = new int[16];
    private int size;

    /** The revision {@code seq} became, or 0 when unknown (revisions start at 1). */
    int revisionOf(long seq) {
        int mask = keys.length - 1;
        for (int i = slot(seq, mask); revisions[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == seq) {
                return revisions[i];
            }
        }
        return 0;
    }

    void put(long seq, int revision) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = slot(seq, mask);
        while (revisions[i] != 0 && keys[i] != seq) {
            i = (i + 1) & mask;
        }
        if (revisions[i] == 0) {
            size++;
        }
        keys[i] = seq;
        revisions[i] = revision;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRevisions = revisions;
        keys = new long[oldKeys.length * 2];
        revisions = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldRevisions[i] != 0) {
                put(oldKeys[i], oldRevisions[i]);
            }
        }
    }

    private static int slot(long seq, int mask) {
        long hash = seq * 0x9E3779B97F4A7C15L;
        return (int) (hash ^ (hash >>> 32)) & mask;
    }
}
