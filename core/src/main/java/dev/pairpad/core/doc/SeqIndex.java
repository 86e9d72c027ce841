package dev.pairpad.core.doc;

import java.util.Arrays;

/**
 * Seq to revision for one client. Clients number their ops 1, 2, 3, ..., so a dense array indexed by
 * {@code seq - firstSeq} holds almost every entry and is appended to in order; a seq out of that run goes to a
 * small open-addressing map.
 */
final class SeqIndex {
    private long firstSeq;
    private int[] dense = new int[16];
    private int denseCount;
    private long[] sparseKeys;
    private int[] sparseRevisions;
    private int sparseCount;

    /** The revision {@code seq} became, or 0 when unknown (revisions start at 1). */
    int revisionOf(long seq) {
        if (denseCount > 0 && seq >= firstSeq && seq - firstSeq < denseCount) {
            return dense[(int) (seq - firstSeq)];
        }
        if (sparseKeys == null) {
            return 0;
        }
        int mask = sparseKeys.length - 1;
        for (int i = slot(seq, mask); sparseRevisions[i] != 0; i = (i + 1) & mask) {
            if (sparseKeys[i] == seq) {
                return sparseRevisions[i];
            }
        }
        return 0;
    }

    /** Records a seq not recorded before. */
    void put(long seq, int revision) {
        if (denseCount == 0) {
            firstSeq = seq;
        }
        if (seq - firstSeq == denseCount && denseCount < Integer.MAX_VALUE - 8) {
            if (denseCount == dense.length) {
                dense = Arrays.copyOf(dense, denseCount * 2);
            }
            dense[denseCount++] = revision;
            return;
        }
        putSparse(seq, revision);
    }

    private void putSparse(long seq, int revision) {
        if (sparseKeys == null) {
            sparseKeys = new long[16];
            sparseRevisions = new int[16];
        } else if ((sparseCount + 1) * 2 > sparseKeys.length) {
            long[] oldKeys = sparseKeys;
            int[] oldRevisions = sparseRevisions;
            sparseKeys = new long[oldKeys.length * 2];
            sparseRevisions = new int[oldKeys.length * 2];
            sparseCount = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldRevisions[i] != 0) {
                    putSparse(oldKeys[i], oldRevisions[i]);
                }
            }
        }
        int mask = sparseKeys.length - 1;
        int i = slot(seq, mask);
        while (sparseRevisions[i] != 0 && sparseKeys[i] != seq) {
            i = (i + 1) & mask;
        }
        if (sparseRevisions[i] == 0) {
            sparseCount++;
        }
        sparseKeys[i] = seq;
        sparseRevisions[i] = revision;
    }

    private static int slot(long seq, int mask) {
        long hash = seq * 0x9E3779B97F4A7C15L;
        return (int) (hash ^ (hash >>> 32)) & mask;
    }
}
