package dev.pairpad.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.api.ot.TextOperation;
import dev.pairpad.api.protocol.ClientMessage;
import dev.pairpad.api.protocol.DocumentKind;
import dev.pairpad.api.protocol.RoomCreated;
import dev.pairpad.api.protocol.ServerMessage;
import dev.pairpad.core.room.Limits;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlowConsumerTests {

    @Test
    void aClientThatStopsReadingIsCutOffWhileTheOthersReceiveEveryOp() {
        Limits limits = new Limits(1 << 20, 1 << 20, 100_000, 100_000, 60, 32, 65536, Duration.ofMinutes(5),
                Duration.ofDays(1), 500, 32, Duration.ofMillis(300));
        PairpadServer server = PairpadServer.builder().port(0).inMemoryStore().limits(limits).build().start();
        try {
            RoomCreated room = new TestHttp(server).createRoom("");
            try (TestSocket typist = TestSocket.open(server, room.id());
                 TestSocket reader = TestSocket.open(server, room.id());
                 TestSocket slow = TestSocket.openNotReading(server, room.id())) {
                typist.send(ClientMessage.Hello.join(room.interviewerKey(), "Typist"));
                typist.expect(ServerMessage.Welcome.class);
                reader.send(ClientMessage.Hello.join(room.candidateKey(), "Reader"));
                reader.expect(ServerMessage.Welcome.class);
                slow.send(ClientMessage.Hello.join(room.candidateKey(), "Slow"));
                typist.next(ServerMessage.Joined.class, j -> j.participant().name().equals("Reader"));
                String slowId = typist.next(ServerMessage.Joined.class, j -> j.participant().name().equals("Slow"))
                        .participant().clientId();
                String chunk = "x".repeat(16_000);
                int ops = 400;
                int length = 0;
                boolean slowLeft = false;
                for (int i = 1; i <= ops; i++) {
                    TextOperation op = length == 0 ? TextOperation.builder().insert(chunk).build()
                            : TextOperation.builder().delete(length).insert(chunk).build();
                    typist.send(new ClientMessage.Op(i - 1, i, op, DocumentKind.CODE));
                    while (true) {
                        ServerMessage m = typist.next();
                        if (m instanceof ServerMessage.Left left && left.clientId().equals(slowId)) {
                            slowLeft = true;
                        }
                        if (m instanceof ServerMessage.Ack ack) {
                            assertThat(ack.rev()).isEqualTo(i);
                            break;
                        }
                    }
                    length = chunk.length();
                }
                for (int i = 1; i <= ops; i++) {
                    assertThat(reader.next(ServerMessage.Op.class).rev()).isEqualTo(i);
                }
                if (!slowLeft) {
                    typist.next(ServerMessage.Left.class, left -> left.clientId().equals(slowId));
                }
                assertThat(server.metrics().slowConsumersDropped()).isEqualTo(1);
            }
        } finally {
            server.stop();
        }
    }
}
