package dev.pairpad.core.room;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.api.protocol.ClientMessage;
import dev.pairpad.api.protocol.ErrorCode;
import dev.pairpad.api.protocol.RoomCreated;
import dev.pairpad.api.protocol.RoomView;
import dev.pairpad.api.protocol.ServerMessage;
import dev.pairpad.core.PairpadServer;
import dev.pairpad.core.TestHttp;
import dev.pairpad.core.TestSocket;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MalformedMessageTests {

    static final String START = "a😀b";
    static PairpadServer server;
    static TestHttp http;
    static RoomCreated room;

    @BeforeAll
    static void start() {
        server = PairpadServer.builder().port(0).inMemoryStore().build().start();
        http = new TestHttp(server);
        room = http.createRoom(START);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("not JSON", "hello there", ErrorCode.BAD_MESSAGE),
                Arguments.of("empty text", "", ErrorCode.BAD_MESSAGE),
                Arguments.of("truncated object", "{\"type\":\"op\",", ErrorCode.BAD_MESSAGE),
                Arguments.of("array instead of object", "[1,2]", ErrorCode.BAD_MESSAGE),
                Arguments.of("number instead of object", "42", ErrorCode.BAD_MESSAGE),
                Arguments.of("string instead of object", "\"op\"", ErrorCode.BAD_MESSAGE),
                Arguments.of("null instead of object", "null", ErrorCode.BAD_MESSAGE),
                Arguments.of("no type", "{}", ErrorCode.BAD_MESSAGE),
                Arguments.of("numeric type", "{\"type\":5}", ErrorCode.BAD_MESSAGE),
                Arguments.of("unknown type", "{\"type\":\"dance\"}", ErrorCode.BAD_MESSAGE),
                Arguments.of("server-only type", "{\"type\":\"welcome\"}", ErrorCode.BAD_MESSAGE),
                Arguments.of("duplicate field", "{\"type\":\"ping\",\"type\":\"ping\"}", ErrorCode.BAD_MESSAGE),
                Arguments.of("nesting too deep", "{\"type\":\"ping\",\"x\":" + "[".repeat(200) + "]".repeat(200) + "}",
                        ErrorCode.BAD_MESSAGE),
                Arguments.of("op without rev", "{\"type\":\"op\",\"seq\":1,\"op\":[4]}", ErrorCode.BAD_MESSAGE),
                Arguments.of("op with string rev", "{\"type\":\"op\",\"rev\":\"0\",\"seq\":1,\"op\":[4]}", ErrorCode.BAD_MESSAGE),
                Arguments.of("op with negative rev", "{\"type\":\"op\",\"rev\":-1,\"seq\":1,\"op\":[4]}", ErrorCode.BAD_MESSAGE),
                Arguments.of("op without seq", "{\"type\":\"op\",\"rev\":0,\"op\":[4]}", ErrorCode.BAD_MESSAGE),
                Arguments.of("op with seq 0", "{\"type\":\"op\",\"rev\":0,\"seq\":0,\"op\":[4]}", ErrorCode.BAD_MESSAGE),
                Arguments.of("op that is not an array", "{\"type\":\"op\",\"rev\":0,\"seq\":1,\"op\":\"x\"}", ErrorCode.BAD_MESSAGE),
                Arguments.of("op with unknown doc", "{\"type\":\"op\",\"rev\":0,\"seq\":1,\"op\":[4],\"doc\":\"diary\"}",
                        ErrorCode.BAD_MESSAGE),
                Arguments.of("op item of the wrong type", "{\"type\":\"op\",\"rev\":0,\"seq\":1,\"op\":[1,true,3]}", ErrorCode.BAD_OP),
                Arguments.of("op with a zero item", "{\"type\":\"op\",\"rev\":0,\"seq\":1,\"op\":[0,4]}", ErrorCode.BAD_OP),
                Arguments.of("op with an empty insert", "{\"type\":\"op\",\"rev\":0,\"seq\":1,\"op\":[\"\",4]}", ErrorCode.BAD_OP),
                Arguments.of("op with a fractional item", "{\"type\":\"op\",\"rev\":0,\"seq\":1,\"op\":[1.5,2.5]}", ErrorCode.BAD_OP),
                Arguments.of("op with the wrong base length", "{\"type\":\"op\",\"rev\":0,\"seq\":1,\"op\":[9,\"x\"]}", ErrorCode.BAD_OP),
                Arguments.of("op deleting past the end", "{\"type\":\"op\",\"rev\":0,\"seq\":1,\"op\":[-9]}", ErrorCode.BAD_OP),
                Arguments.of("op splitting a surrogate pair", "{\"type\":\"op\",\"rev\":0,\"seq\":1,\"op\":[2,\"x\",2]}", ErrorCode.BAD_OP),
                Arguments.of("op based on a future revision", "{\"type\":\"op\",\"rev\":99,\"seq\":1,\"op\":[4]}",
                        ErrorCode.STALE_REVISION),
                Arguments.of("selection without ranges", "{\"type\":\"selection\",\"rev\":0}", ErrorCode.BAD_MESSAGE),
                Arguments.of("selection ranges not an array", "{\"type\":\"selection\",\"rev\":0,\"ranges\":5}", ErrorCode.BAD_MESSAGE),
                Arguments.of("selection range without head", "{\"type\":\"selection\",\"rev\":0,\"ranges\":[{\"anchor\":1}]}",
                        ErrorCode.BAD_MESSAGE),
                Arguments.of("selection with a negative offset",
                        "{\"type\":\"selection\",\"rev\":0,\"ranges\":[{\"anchor\":-1,\"head\":0}]}", ErrorCode.BAD_MESSAGE),
                Arguments.of("selection beyond the document",
                        "{\"type\":\"selection\",\"rev\":0,\"ranges\":[{\"anchor\":0,\"head\":50}]}", ErrorCode.BAD_MESSAGE),
                Arguments.of("language without language", "{\"type\":\"language\"}", ErrorCode.BAD_MESSAGE),
                Arguments.of("unknown language", "{\"type\":\"language\",\"language\":\"cobol\"}", ErrorCode.BAD_MESSAGE),
                Arguments.of("run without runId", "{\"type\":\"run\",\"event\":\"start\"}", ErrorCode.BAD_MESSAGE),
                Arguments.of("run with an unknown event", "{\"type\":\"run\",\"runId\":\"r\",\"event\":\"explode\"}",
                        ErrorCode.BAD_MESSAGE),
                Arguments.of("run with an unknown stream",
                        "{\"type\":\"run\",\"runId\":\"r\",\"event\":\"output\",\"stream\":\"stdin\"}", ErrorCode.BAD_MESSAGE),
                Arguments.of("run with negative ms", "{\"type\":\"run\",\"runId\":\"r\",\"event\":\"end\",\"ms\":-5}",
                        ErrorCode.BAD_MESSAGE),
                Arguments.of("second hello", "{\"type\":\"hello\",\"protocol\":1,\"key\":\"k\",\"name\":\"n\"}",
                        ErrorCode.BAD_MESSAGE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void aMalformedMessageIsRefusedWithAClearErrorAndLeavesTheRoomAndConnectionIntact(String kind, String text,
                                                                                     ErrorCode code) {
        RoomView before = view();
        try (TestSocket socket = TestSocket.joined(server, room.id(), room.candidateKey(), "Mal")) {
            socket.sendRaw(text);
            ServerMessage.Error error = socket.next(ServerMessage.Error.class);
            assertThat(error.code()).as(kind).isEqualTo(code);
            assertThat(error.message()).as(kind).isNotBlank();
            socket.send(new ClientMessage.Ping());
            socket.next(ServerMessage.Pong.class);
        }
        RoomView after = view();
        assertThat(after.code()).isEqualTo(START);
        assertThat(after.rev()).isEqualTo(before.rev());
        assertThat(after.language()).isEqualTo(before.language());
    }

    @Test
    void aBinaryFrameIsABadMessageAndTheConnectionStaysOpen() {
        try (TestSocket socket = TestSocket.joined(server, room.id(), room.candidateKey(), "Bin")) {
            socket.sendBinary(new byte[] {1, 2, 3});
            assertThat(socket.next(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.BAD_MESSAGE);
            socket.send(new ClientMessage.Ping());
            socket.next(ServerMessage.Pong.class);
        }
        assertThat(view().code()).isEqualTo(START);
    }

    @Test
    void aMalformedHelloIsABadMessageAndAProperHelloMayFollow() {
        try (TestSocket socket = TestSocket.open(server, room.id())) {
            socket.sendRaw("{\"type\":\"hello\",\"protocol\":1,\"name\":\"n\"}");
            ServerMessage.Error error = socket.expect(ServerMessage.Error.class);
            assertThat(error.code()).isEqualTo(ErrorCode.BAD_MESSAGE);
            assertThat(error.message()).contains("\"key\"");
            socket.send(ClientMessage.Hello.join(room.candidateKey(), "Retry"));
            socket.expect(ServerMessage.Welcome.class);
        }
    }

    static RoomView view() {
        return http.view(room);
    }
}
