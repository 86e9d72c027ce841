package dev.pairpad.core.doc;

import dev.pairpad.api.ot.OperationPair;
import dev.pairpad.api.ot.TextOperation;
import java.time.InstantSource;
import java.util.ArrayDeque;

/** Replays a trace through a {@link DocumentSequencer}: sequential traces directly, concurrent ones through OT. */
final class TraceReplay {
    private TraceReplay() {
    }

    static DocumentSequencer replay(Trace trace, InstantSource clock) {
        return trace.concurrent() ? concurrent(trace, clock) : sequential(trace, clock);
    }

    /** Every patch becomes one op by one client, based on the latest revision. */
    static DocumentSequencer sequential(Trace trace, InstantSource clock) {
        DocumentSequencer sequencer = new DocumentSequencer(trace.startContent(), clock);
        int[] position = trace.position();
        int[] deleted = trace.deleted();
        String[] inserted = trace.inserted();
        for (int p = 0; p < position.length; p++) {
            TextOperation op = TextOperation.splice(sequencer.length(), position[p], deleted[p], inserted[p]);
            sequencer.submit("trace", p + 1, sequencer.revision(), op);
        }
        return sequencer;
    }

    /** One op of another agent that an agent has not seen yet, kept transformed to that agent's latest view. */
    private static final class Unseen {
        final int agent;
        final int agentIndex;
        TextOperation op;

        Unseen(int agent, int agentIndex, TextOperation op) {
            this.agent = agent;
            this.agentIndex = agentIndex;
            this.op = op;
        }
    }

    /**
     * Each transaction is made against the merged state of its {@code parents}; it is transformed (as the first
     * argument) past every sequenced transaction its agent had not seen, then sequenced. As in Jupiter-style
     * servers, the replay keeps per agent the sequenced ops that agent has not seen yet, transformed to its view;
     * applying them to its view gives the server's document. Needs each agent to learn the others' transactions
     * in server order (true for two agents, as in friendsforever).
     */
    static DocumentSequencer concurrent(Trace trace, InstantSource clock) {
        DocumentSequencer sequencer = new DocumentSequencer(trace.startContent(), clock);
        int transactions = trace.transactions();
        int agents = 0;
        for (int t = 0; t < transactions; t++) {
            agents = Math.max(agents, trace.agent()[t] + 1);
        }
        int[][] versions = new int[transactions][];
        int[] agentIndex = new int[transactions];
        int[] made = new int[agents];
        int[][] seen = new int[agents][agents];
        int[] unseenGrowth = new int[agents];
        @SuppressWarnings("unchecked")
        ArrayDeque<Unseen>[] unseen = new ArrayDeque[agents];
        for (int a = 0; a < agents; a++) {
            unseen[a] = new ArrayDeque<>();
        }
        for (int t = 0; t < transactions; t++) {
            int author = trace.agent()[t];
            int[] version = new int[agents];
            for (int parent : trace.parents()[t]) {
                int[] parentVersion = versions[parent];
                for (int a = 0; a < agents; a++) {
                    version[a] = Math.max(version[a], parentVersion[a]);
                }
                version[trace.agent()[parent]] = Math.max(version[trace.agent()[parent]], agentIndex[parent] + 1);
            }
            if (version[author] != made[author]) {
                throw new IllegalStateException("transaction " + t + " has not seen all earlier transactions of its agent");
            }
            ArrayDeque<Unseen> queue = unseen[author];
            while (!queue.isEmpty() && queue.peekFirst().agentIndex < version[queue.peekFirst().agent]) {
                Unseen now = queue.pollFirst();
                unseenGrowth[author] -= growth(now.op);
                seen[author][now.agent]++;
            }
            for (int a = 0; a < agents; a++) {
                if (a != author && seen[author][a] != version[a]) {
                    throw new IllegalStateException("transaction " + t + " saw the transactions of agent " + a
                            + " out of server order; this replay supports traces where that never happens");
                }
            }
            TextOperation op = transactionOp(trace, t, sequencer.length() - unseenGrowth[author]);
            for (Unseen other : queue) {
                OperationPair pair = TextOperation.transform(op, other.op);
                op = pair.left();
                unseenGrowth[author] += growth(pair.right()) - growth(other.op);
                other.op = pair.right();
            }
            sequencer.submit("agent-" + author, made[author] + 1, sequencer.revision(), op);
            for (int a = 0; a < agents; a++) {
                if (a != author) {
                    unseen[a].addLast(new Unseen(author, made[author], op));
                    unseenGrowth[a] += growth(op);
                }
            }
            versions[t] = version;
            agentIndex[t] = made[author]++;
        }
        return sequencer;
    }

    /** The transaction's patches, applied one after the other to a view of {@code length} units, as one op. */
    private static TextOperation transactionOp(Trace trace, int t, int length) {
        TextOperation op = null;
        for (int p = trace.txnStart()[t]; p < trace.txnStart()[t + 1]; p++) {
            TextOperation patch = TextOperation.splice(length, trace.position()[p], trace.deleted()[p], trace.inserted()[p]);
            length = patch.targetLength();
            op = op == null ? patch : op.compose(patch);
        }
        return op == null ? TextOperation.identity(length) : op;
    }

    private static int growth(TextOperation op) {
        return op.targetLength() - op.baseLength();
    }
}
