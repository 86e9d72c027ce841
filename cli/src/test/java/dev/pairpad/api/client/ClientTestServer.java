package dev.pairpad.api.client;

import dev.pairpad.core.PairpadServer;

/** A real Pairpad server on 127.0.0.1, any free port, in-memory store; room creation not rate limited. */
final class ClientTestServer implements AutoCloseable {
    private final PairpadServer server;

    private ClientTestServer(PairpadServer server) {
        this.server = server;
    }

    static ClientTestServer start() {
        return start(1_048_576);
    }

    /** A server whose documents may hold at most {@code maxDocumentBytes}. */
    static ClientTestServer start(int maxDocumentBytes) {
        return new ClientTestServer(PairpadServer.builder().host("127.0.0.1").port(0).inMemoryStore()
                .roomsPerMinute(100_000).maxDocumentBytes(maxDocumentBytes).build().start());
    }

    String url() {
        return server.url();
    }

    @Override
    public void close() {
        server.stop();
    }
}
