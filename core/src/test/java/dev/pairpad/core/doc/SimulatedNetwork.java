package dev.pairpad.core.doc;

import dev.pairpad.api.ot.OtClient;
import dev.pairpad.api.ot.TextOperation;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * One sequencer and several OT clients joined by lossy connections (after ot.js test-client-server.js and Yjs
 * applyRandomTests): each connection is FIFO like a WebSocket, but which connection delivers next is random,
 * connections drop (losing what is in flight), clients resume per PROTOCOL.md "Resume", a submit may arrive twice,
 * and the server may restart from a snapshot plus its journal. Every insert is one unique marker character.
 */
final class SimulatedNetwork {
    sealed interface ToClient {
    }

    record Op(int revision, TextOperation op) implements ToClient {
    }

    record Ack(int revision, long seq) implements ToClient {
    }

    record Synced() implements ToClient {
    }

    record Submit(int revision, long seq, TextOperation op) {
    }

    final class Peer implements OtClient.Callbacks {
        final String id;
        final OtClient client;
        String text;
        boolean connected = true;
        ArrayDeque<ToClient> inbox = new ArrayDeque<>();
        ArrayDeque<Submit> outbox = new ArrayDeque<>();
        Set<Long> ackedOnThisConnection = new HashSet<>();

        Peer(String id, String text, int revision) {
            this.id = id;
            this.text = text;
            this.client = new OtClient(revision, this);
        }

        @Override
        public void sendOperation(int revision, long seq, TextOperation operation) {
            if (connected) {
                outbox.add(new Submit(revision, seq, operation));
            }
        }

        @Override
        public void applyOperation(TextOperation operation) {
            text = operation.apply(text);
        }
    }

    private final Random random;
    private final List<Peer> peers = new ArrayList<>();
    private final Set<Integer> deletedMarkers = new HashSet<>();
    private final List<Integer> insertedMarkers = new ArrayList<>();
    private DocumentSequencer sequencer;
    private String snapshotText;
    private int snapshotRevision;
    private int nextMarker = 0x4E00;
    int duplicatesSeen;
    int restarts;
    int reconnects;

    SimulatedNetwork(long seed) {
        random = new Random(seed);
        String initial = marker() + marker();
        sequencer = new DocumentSequencer(initial, InstantSource.fixed(Instant.EPOCH));
        snapshotText = initial;
        int clients = 2 + random.nextInt(5);
        for (int i = 0; i < clients; i++) {
            peers.add(new Peer("client-" + i, initial, 0));
        }
    }

    /** Runs {@code steps} random events, then reconnects everyone and delivers everything. */
    void run(int steps) {
        for (int step = 0; step < steps; step++) {
            int event = random.nextInt(100);
            Peer peer = peers.get(random.nextInt(peers.size()));
            if (event < 35) {
                edit(peer);
            } else if (event < 90) {
                deliverOne();
            } else if (event < 95) {
                if (peer.connected) {
                    disconnect(peer);
                } else {
                    reconnect(peer);
                }
            } else if (event < 97) {
                snapshotText = sequencer.text();
                snapshotRevision = sequencer.revision();
            } else if (event < 98) {
                restartServer();
            }
        }
        for (Peer peer : peers) {
            if (!peer.connected) {
                reconnect(peer);
            }
        }
        while (deliverOne()) {
            // drain
        }
    }

    private String marker() {
        int codePoint = random.nextInt(4) == 0 ? 0x20000 + nextMarker++ : nextMarker++;
        insertedMarkers.add(codePoint);
        return Character.toString(codePoint);
    }

    private void edit(Peer peer) {
        String text = peer.text;
        int codePoints = text.codePointCount(0, text.length());
        int position = text.offsetByCodePoints(0, random.nextInt(codePoints + 1));
        int deleteEnd = random.nextInt(3) == 0 ? text.offsetByCodePoints(position,
                Math.min(1 + random.nextInt(3), text.codePointCount(position, text.length()))) : position;
        String inserted = deleteEnd == position || random.nextBoolean() ? marker() : "";
        text.substring(position, deleteEnd).codePoints().forEach(deletedMarkers::add);
        TextOperation op = TextOperation.splice(text.length(), position, deleteEnd - position, inserted);
        if (op.isNoop()) {
            return;
        }
        peer.text = op.apply(text);
        peer.client.applyClient(op);
    }

    /** Delivers the head of one random non-empty queue; false when every queue is empty. */
    private boolean deliverOne() {
        List<Runnable> ready = new ArrayList<>();
        for (Peer peer : peers) {
            if (!peer.outbox.isEmpty()) {
                ready.add(() -> receiveOnServer(peer, peer.outbox.poll()));
            }
            if (!peer.inbox.isEmpty()) {
                ready.add(() -> receiveOnClient(peer, peer.inbox.poll()));
            }
        }
        if (ready.isEmpty()) {
            return false;
        }
        ready.get(random.nextInt(ready.size())).run();
        return true;
    }

    private void receiveOnServer(Peer author, Submit submit) {
        if (random.nextInt(20) == 0) {
            author.outbox.addFirst(submit); // the network delivers this one twice
        }
        Sequenced result = sequencer.submit(author.id, submit.seq(), submit.revision(), submit.op());
        if (result.duplicate()) {
            duplicatesSeen++;
            if (author.ackedOnThisConnection.add(submit.seq())) {
                author.inbox.add(new Ack(result.revision(), submit.seq()));
            }
            return;
        }
        author.ackedOnThisConnection.add(submit.seq());
        author.inbox.add(new Ack(result.revision(), submit.seq()));
        for (Peer other : peers) {
            if (other != author && other.connected) {
                other.inbox.add(new Op(result.revision(), result.op()));
            }
        }
    }

    private void receiveOnClient(Peer peer, ToClient message) {
        switch (message) {
            case Op op -> peer.client.applyServer(op.revision(), op.op());
            case Ack ack -> peer.client.serverAck(ack.revision(), ack.seq());
            case Synced synced -> peer.client.resend();
        }
    }

    private void disconnect(Peer peer) {
        peer.connected = false;
        peer.inbox = new ArrayDeque<>();
        peer.outbox = new ArrayDeque<>();
        peer.ackedOnThisConnection = new HashSet<>();
    }

    /** PROTOCOL.md "Resume": replay after the client's revision, own ops as ack, then synced. */
    private void reconnect(Peer peer) {
        reconnects++;
        peer.connected = true;
        for (Revision revision : sequencer.since(peer.client.revision())) {
            peer.inbox.add(revision.clientId().equals(peer.id) ? new Ack(revision.revision(), revision.seq())
                    : new Op(revision.revision(), revision.op()));
        }
        peer.inbox.add(new Synced());
    }

    private void restartServer() {
        restarts++;
        peers.forEach(this::disconnect);
        sequencer = DocumentSequencer.restore(snapshotText, snapshotRevision, sequencer.since(0),
                InstantSource.fixed(Instant.EPOCH));
    }

    DocumentSequencer sequencer() {
        return sequencer;
    }

    List<Peer> peers() {
        return peers;
    }

    /** Markers inserted and never deleted by anyone: each must be in the final text exactly once. */
    List<Integer> survivingMarkers() {
        return insertedMarkers.stream().filter(marker -> !deletedMarkers.contains(marker)).toList();
    }

    List<Integer> deletedMarkers() {
        return List.copyOf(deletedMarkers);
    }
}
