package dev.pairpad.cli;

import dev.pairpad.core.PairpadServer;

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

    /** A server that wants {@code adminToken} for the admin calls and for creating rooms. */
    static TestServer creatingOnlyWithAdminToken(String adminToken) {
        return start(PairpadServer.builder().adminToken(adminToken).createRequiresAdmin(true));
    }

    /** A server that refuses more than {@code opsPerSecond} ops per second per connection (bursts of as many). */
    static TestServer withOpsPerSecond(int opsPerSecond) {
        return start(PairpadServer.builder().opsPerSecond(opsPerSecond).opsBurst(opsPerSecond));
    }

    private static TestServer start(PairpadServer.Builder builder) {
        return new TestServer(builder.host("127.0.0.1").port(0).inMemoryStore().roomsPerMinute(100_000)
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
