package dev.pairpad.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.api.ot.TextOperation;
import dev.pairpad.api.protocol.ClientMessage;
import dev.pairpad.api.protocol.DocumentKind;
import dev.pairpad.api.protocol.RoomCreated;
import dev.pairpad.api.protocol.ServerMessage;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SmokeTests {

    static PairpadServer server;

    @BeforeAll
    static void start() {
        server = PairpadServer.builder().host("127.0.0.1").port(0).inMemoryStore().build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void anOpIsAcknowledgedToItsAuthorAndBroadcastToOthers() {
        TestHttp http = new TestHttp(server);
        RoomCreated room = http.createRoom("hello");
        try (TestSocket a = TestSocket.open(server, room.id()); TestSocket b = TestSocket.open(server, room.id())) {
            a.send(ClientMessage.Hello.join(room.interviewerKey(), "Ada"));
            ServerMessage.Welcome wa = a.expect(ServerMessage.Welcome.class);
            assertThat(wa.code()).contains("hello");
            b.send(ClientMessage.Hello.join(room.candidateKey(), "Bob"));
            b.expect(ServerMessage.Welcome.class);
            a.next(ServerMessage.Joined.class);
            a.send(new ClientMessage.Op(0, 1, TextOperation.builder().retain(5).insert("!").build(), DocumentKind.CODE));
            assertThat(a.next(ServerMessage.Ack.class).rev()).isEqualTo(1);
            assertThat(b.next(ServerMessage.Op.class).op().apply("hello")).isEqualTo("hello!");
        }
        assertThat(http.get("/api/rooms/" + room.id(), Optional.of(room.interviewerKey())).body()).contains("hello!");
        String metrics = http.get("/metrics", Optional.empty()).body();
        // Helidon's Prometheus text: every sample carries its scope label and a floating-point value.
        assertThat(metrics).contains("pairpad_ops_total{scope=\"application\",} 1.0\n",
                "pairpad_op_broadcast_latency_seconds_count{scope=\"application\",} 1.0\n",
                "pairpad_op_messages_delivered_total{scope=\"application\",} 2.0\n");
    }
}
