package dev.pairpad.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.api.ot.ClientState;
import dev.pairpad.api.ot.OtClient;
import dev.pairpad.api.ot.TextOperation;
import dev.pairpad.api.protocol.ClientMessage;
import dev.pairpad.api.protocol.DocumentKind;
import dev.pairpad.api.protocol.Protocol;
import dev.pairpad.api.protocol.ServerMessage;
import java.util.Optional;
import java.util.Random;

/**
 * A simulated editor: a local document, the real OT client state machine and a real WebSocket; types at random
 * positions, may lose its connection, keeps typing offline and resumes as PROTOCOL.md says. One thread drives it.
 */
public final class TypingClient implements AutoCloseable {

    private final String baseUrl;
    private final String roomId;
    private final String key;
    private final String name;
    private final Random random;
    private TestSocket socket;
    private OtClient ot;
    private String doc;
    private String clientId;
    private boolean connected;

    public TypingClient(String baseUrl, String roomId, String key, String name, long seed) {
        this.baseUrl = baseUrl;
        this.roomId = roomId;
        this.key = key;
        this.name = name;
        this.random = new Random(seed);
    }

    /** Joins fresh. */
    public TypingClient join() {
        socket = TestSocket.open(baseUrl, roomId);
        socket.send(ClientMessage.Hello.join(key, name));
        ServerMessage.Welcome welcome = socket.next(ServerMessage.Welcome.class);
        clientId = welcome.clientId();
        doc = welcome.code().orElseThrow();
        ot = new OtClient(welcome.rev(), new OtClient.Callbacks() {
            @Override
            public void sendOperation(int revision, long seq, TextOperation operation) {
                if (connected) {
                    socket.send(new ClientMessage.Op(revision, seq, operation, DocumentKind.CODE));
                }
            }

            @Override
            public void applyOperation(TextOperation operation) {
                doc = operation.apply(doc);
            }
        });
        connected = true;
        return this;
    }

    /** Inserts {@code c} at a random position (never inside a surrogate pair: tests type ASCII). */
    public void type(char c) {
        int at = random.nextInt(doc.length() + 1);
        TextOperation op = TextOperation.builder().retain(at).insert(String.valueOf(c)).retain(doc.length() - at).build();
        doc = op.apply(doc);
        ot.applyClient(op);
    }

    /** Handles every message that has arrived. */
    public void pump() {
        if (!connected) {
            return;
        }
        for (Optional<ServerMessage> m = socket.poll(); m.isPresent(); m = socket.poll()) {
            handle(m.get());
        }
    }

    private void handle(ServerMessage message) {
        switch (message) {
            case ServerMessage.Ack ack when ack.doc() == DocumentKind.CODE -> ot.serverAck(ack.rev(), ack.seq());
            case ServerMessage.Op op when op.doc() == DocumentKind.CODE -> ot.applyServer(op.rev(), op.op());
            case ServerMessage.Synced synced -> ot.resend();
            case ServerMessage.Error error -> throw new AssertionError(name + " got error " + error);
            default -> { }
        }
    }

    /** Drops the connection without a close frame. */
    public void disconnect() {
        connected = false;
        socket.abort();
    }

    /** Reconnects with the old clientId and last applied revision, handling the replay up to {@code synced}. */
    public void resume() {
        socket = TestSocket.open(baseUrl, roomId);
        socket.send(new ClientMessage.Hello(Protocol.VERSION, key, name, Optional.of(clientId),
                Optional.of(ot.revision()), Optional.empty(), false));
        ServerMessage.Welcome welcome = socket.next(ServerMessage.Welcome.class);
        assertThat(welcome.resumed()).isTrue();
        assertThat(welcome.code()).isEmpty();
        connected = true;
        while (true) {
            ServerMessage message = socket.next();
            handle(message);
            if (message instanceof ServerMessage.Synced) {
                return;
            }
        }
    }

    /** Waits until every local edit is acknowledged and the client is at revision {@code rev} (0: any). */
    public void awaitSynchronizedAt(int rev) {
        while (!(ot.state() instanceof ClientState.Synchronized) || ot.revision() < rev) {
            try {
                handle(socket.next());
            } catch (AssertionError e) {
                throw new AssertionError(name + " waiting for revision " + rev + " in " + ot + ": " + e.getMessage(), e);
            }
        }
        if (rev > 0) {
            assertThat(ot.revision()).isEqualTo(rev);
        }
    }

    /** True when nothing is waiting for an ack. */
    public boolean synchronizedNow() {
        return ot.state() instanceof ClientState.Synchronized;
    }

    public int revision() {
        return ot.revision();
    }

    public String document() {
        return doc;
    }

    public String clientId() {
        return clientId;
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.close();
        }
    }
}
