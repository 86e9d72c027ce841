package dev.pairpad.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.api.ot.TextOperation;
import dev.pairpad.api.protocol.ClientMessage;
import dev.pairpad.api.protocol.DocumentKind;
import dev.pairpad.api.protocol.RoomCreated;
import dev.pairpad.api.protocol.ServerMessage;
import org.junit.jupiter.api.Test;

class OutboundFramesTests {

    /** Texts whose messages need each WebSocket length form: 7 bits, 16 bits (126) and 64 bits (127). */
    private static final int[] SIZES = {1, 60, 125, 126, 65_400, 65_535, 65_536, 200_000, 3};

    @Test
    void opsOfEveryFrameLengthArriveWholeAndInOrder() {
        PairpadServer server = PairpadServer.builder().port(0).inMemoryStore().build().start();
        try {
            RoomCreated room = new TestHttp(server).createRoom("");
            try (TestSocket typist = TestSocket.open(server, room.id());
                 TestSocket reader = TestSocket.open(server, room.id())) {
                typist.send(ClientMessage.Hello.join(room.interviewerKey(), "Typist"));
                typist.expect(ServerMessage.Welcome.class);
                reader.send(ClientMessage.Hello.join(room.candidateKey(), "Reader"));
                reader.expect(ServerMessage.Welcome.class);
                typist.next(ServerMessage.Joined.class);
                int ops = 3 * SIZES.length;
                int length = 0;
                for (int i = 1; i <= ops; i++) {
                    String text = text(i);
                    TextOperation op = length == 0 ? TextOperation.builder().insert(text).build()
                            : TextOperation.builder().delete(length).insert(text).build();
                    typist.send(new ClientMessage.Op(i - 1, i, op, DocumentKind.CODE));
                    if (i % 4 == 0) { // several ops queued at once go out in one socket write
                        for (int acked = i - 3; acked <= i; acked++) {
                            assertThat(typist.next(ServerMessage.Ack.class).rev()).isEqualTo(acked);
                        }
                    }
                    length = text.length();
                }
                for (int i = 1; i <= ops; i++) {
                    ServerMessage.Op op = reader.next(ServerMessage.Op.class);
                    assertThat(op.rev()).isEqualTo(i);
                    assertThat(op.op().apply("?".repeat(op.op().baseLength()))).isEqualTo(text(i));
                }
            }
        } finally {
            server.stop();
        }
    }

    private static String text(int i) {
        return Character.toString('a' + i % 26).repeat(SIZES[i % SIZES.length]);
    }
}
