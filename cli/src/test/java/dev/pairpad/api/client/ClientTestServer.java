package dev.pairpad.api.client;

import dev.pairpad.core.PairpadServer;
import dev.pairpad.core.room.Limits;

/** A real Pairpad server on 127.0.0.1, any free port, in-memory store; room creation not rate limited. */
final class ClientTestServer implements AutoCloseable {
    private final PairpadServer server;

    private ClientTestServer(PairpadServer server) {
        this.server = server;
    }

    static ClientTestServer start() {
        return start(Limits.defaults().maxDocumentBytes());
    }

    /** A server whose documents may hold at most {@code maxDocumentBytes}. */
    static ClientTestServer start(int maxDocumentBytes) {
        Limits d = Limits.defaults();
        Limits generous = new Limits(maxDocumentBytes, d.maxMessageBytes(), d.opsPerSecond(), d.opsBurst(), 100_000,
                d.maxParticipants(), d.maxRunOutputBytes(), d.idleUnload(), d.roomTtl(), d.snapshotEvery(),
                d.outboundQueueMessages(), d.slowConsumerGrace());
        return new ClientTestServer(PairpadServer.builder().host("127.0.0.1").port(0).inMemoryStore().limits(generous)
                .build().start());
    }

    String url() {
        return server.url();
    }

    @Override
    public void close() {
        server.stop();
    }
}
