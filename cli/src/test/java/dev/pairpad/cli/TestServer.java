package dev.pairpad.cli;

import dev.pairpad.core.PairpadServer;
import dev.pairpad.core.room.Limits;

/** A real Pairpad server on 127.0.0.1, any free port, in-memory store; room creation not rate limited. */
final class TestServer implements AutoCloseable {
    private final PairpadServer server;

    private TestServer(PairpadServer server) {
        this.server = server;
    }

    static TestServer start() {
        return start(PairpadServer.builder());
    }

    /** A server that wants {@code adminToken} for the admin calls. */
    static TestServer withAdminToken(String adminToken) {
        return start(PairpadServer.builder().adminToken(adminToken));
    }

    private static TestServer start(PairpadServer.Builder builder) {
        Limits d = Limits.defaults();
        Limits generous = new Limits(d.maxDocumentBytes(), d.maxMessageBytes(), d.opsPerSecond(), d.opsBurst(), 100_000,
                d.maxParticipants(), d.maxRunOutputBytes(), d.idleUnload(), d.roomTtl(), d.snapshotEvery(),
                d.outboundQueueMessages(), d.slowConsumerGrace());
        return new TestServer(builder.host("127.0.0.1").port(0).inMemoryStore().limits(generous)
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
