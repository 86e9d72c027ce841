package dev.pairpad.api.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pairpad.api.ot.TextOperation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessageCodecTests {

    private static final TextOperation OP = TextOperation.builder().retain(5).insert("x").delete(2).retain(7).build();

    @Test
    void everyClientMessageSurvivesARoundTrip() {
        List<ClientMessage> messages = List.of(
                ClientMessage.Hello.join("k", "Ada"),
                new ClientMessage.Hello(1, "k", "Ada", Optional.of("c1"), Optional.of(3), Optional.of(2), true),
                new ClientMessage.Op(4, 9, OP, DocumentKind.CODE),
                new ClientMessage.Op(4, 9, OP, DocumentKind.NOTES),
                new ClientMessage.Selection(3, List.of(new Range(1, 4), new Range(0, 0))),
                new ClientMessage.Language("python"),
                new ClientMessage.Run(new RunEvent("r1", RunEvent.Phase.OUTPUT, Optional.of(RunEvent.Stream.STDERR),
                        Optional.of("boom\n"), Optional.empty(), Optional.empty())),
                new ClientMessage.Run(new RunEvent("r1", RunEvent.Phase.END, Optional.empty(), Optional.empty(),
                        Optional.of(RunEvent.Status.TIMEOUT), Optional.of(1200L))),
                new ClientMessage.Ping());
        for (ClientMessage message : messages) {
            assertThat(MessageCodec.decodeClient(MessageCodec.encode(message))).isEqualTo(message);
        }
    }

    @Test
    void everyServerMessageSurvivesARoundTrip() {
        Participant ada = new Participant("c1", "Ada", Role.INTERVIEWER, "#e6194b", Optional.of(List.of(new Range(2, 3))));
        Participant bob = new Participant("c2", "Bob \"B\"", Role.CANDIDATE, "#3cb44b", Optional.empty());
        List<ServerMessage> messages = List.of(
                new ServerMessage.Welcome(1, "c1", Role.INTERVIEWER, false, 7, Optional.of("print('hi')\n"), "python",
                        List.of(ada, bob), new RoomInfo("r", "Title", RoomState.OPEN),
                        Optional.of(new NotesState(2, Optional.of("notes")))),
                new ServerMessage.Welcome(1, "c2", Role.CANDIDATE, true, 7, Optional.empty(), "python",
                        List.of(), new RoomInfo("r", "Title", RoomState.CLOSED), Optional.empty()),
                new ServerMessage.Ack(5, 3, DocumentKind.CODE),
                new ServerMessage.Ack(5, 3, DocumentKind.NOTES),
                new ServerMessage.Op(5, "c2", OP, DocumentKind.CODE),
                new ServerMessage.Selection("c2", 5, List.of(new Range(1, 1))),
                new ServerMessage.Joined(bob),
                new ServerMessage.Left("c2"),
                new ServerMessage.Language("javascript", "c1"),
                new ServerMessage.Run("c2", new RunEvent("r", RunEvent.Phase.START, Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty())),
                new ServerMessage.Closed(),
                new ServerMessage.Error(ErrorCode.BAD_OP, "nope", Optional.of(4L)),
                ServerMessage.Error.of(ErrorCode.PROTOCOL, "old"),
                new ServerMessage.Synced(9, Optional.of(3)),
                new ServerMessage.Synced(9, Optional.empty()),
                new ServerMessage.Pong());
        for (ServerMessage message : messages) {
            assertThat(MessageCodec.decodeServer(MessageCodec.encode(message))).isEqualTo(message);
        }
    }

    @Test
    void opIsWrittenExactlyAsTheWireArray() {
        assertThat(MessageCodec.encode(new ClientMessage.Op(4, 9, OP, DocumentKind.CODE)))
                .isEqualTo("{\"type\":\"op\",\"rev\":4,\"seq\":9,\"op\":[5,\"x\",-2,7]}");
    }

    @Test
    void unknownFieldsAreIgnored() {
        assertThat(MessageCodec.decodeClient("{\"type\":\"ping\",\"future\":{\"x\":[1,2]}}"))
                .isEqualTo(new ClientMessage.Ping());
    }

    @Test
    void textThatIsNotJsonIsABadMessageNamingTheOffset() {
        assertBad("{\"type\":\"ping\"", ErrorCode.BAD_MESSAGE, "not JSON", "offset 14");
        assertBad("hello", ErrorCode.BAD_MESSAGE, "not JSON");
        assertBad("", ErrorCode.BAD_MESSAGE, "end of input");
        assertBad("{\"type\":\"ping\"} x", ErrorCode.BAD_MESSAGE, "after the JSON value");
    }

    @Test
    void aMessageMustBeAnObjectWithAKnownType() {
        assertBad("[1,2]", ErrorCode.BAD_MESSAGE, "must be a JSON object");
        assertBad("{}", ErrorCode.BAD_MESSAGE, "\"type\" is missing");
        assertBad("{\"type\":7}", ErrorCode.BAD_MESSAGE, "\"type\"", "must be a string");
        assertBad("{\"type\":\"dance\"}", ErrorCode.BAD_MESSAGE, "unknown message type \"dance\"");
        assertBad("{\"type\":\"welcome\"}", ErrorCode.BAD_MESSAGE, "sent by the server");
    }

    @Test
    void missingAndIllTypedFieldsAreNamed() {
        assertBad("{\"type\":\"op\",\"seq\":1,\"op\":[1]}", ErrorCode.BAD_MESSAGE, "\"rev\" is missing in op message");
        assertBad("{\"type\":\"op\",\"rev\":\"1\",\"seq\":1,\"op\":[1]}", ErrorCode.BAD_MESSAGE, "\"rev\"", "integer");
        assertBad("{\"type\":\"op\",\"rev\":-1,\"seq\":1,\"op\":[1]}", ErrorCode.BAD_MESSAGE, "\"rev\"");
        assertBad("{\"type\":\"op\",\"rev\":1.5,\"seq\":1,\"op\":[1]}", ErrorCode.BAD_MESSAGE, "\"rev\"");
        assertBad("{\"type\":\"op\",\"rev\":0,\"seq\":0,\"op\":[1]}", ErrorCode.BAD_MESSAGE, "\"seq\"", ">= 1");
        assertBad("{\"type\":\"op\",\"rev\":0,\"seq\":1,\"op\":\"x\"}", ErrorCode.BAD_MESSAGE, "\"op\"", "array");
        assertBad("{\"type\":\"op\",\"rev\":0,\"seq\":1,\"op\":[1],\"doc\":\"x\"}", ErrorCode.BAD_MESSAGE, "\"doc\"");
        assertBad("{\"type\":\"hello\",\"key\":\"k\",\"name\":\"n\"}", ErrorCode.BAD_MESSAGE, "\"protocol\"");
        assertBad("{\"type\":\"hello\",\"protocol\":1,\"key\":\"k\",\"name\":\"n\",\"mode\":\"edit\"}",
                ErrorCode.BAD_MESSAGE, "\"mode\"");
        assertBad("{\"type\":\"selection\",\"rev\":0,\"ranges\":[{\"anchor\":1}]}", ErrorCode.BAD_MESSAGE, "\"head\"");
        assertBad("{\"type\":\"run\",\"runId\":\"r\",\"event\":\"explode\"}", ErrorCode.BAD_MESSAGE, "\"event\"");
        assertBad("{\"type\":\"language\",\"language\":null}", ErrorCode.BAD_MESSAGE, "\"language\" is missing");
    }

    @Test
    void anArrayThatIsNotAnOperationIsABadOpCarryingTheSeq() {
        ProtocolException e = catchProtocol("{\"type\":\"op\",\"rev\":0,\"seq\":3,\"op\":[1,true]}");
        assertThat(e.code()).isEqualTo(ErrorCode.BAD_OP);
        assertThat(e.seq()).contains(3L);
        assertThat(catchProtocol("{\"type\":\"op\",\"rev\":0,\"seq\":3,\"op\":[0]}").code()).isEqualTo(ErrorCode.BAD_OP);
        assertThat(catchProtocol("{\"type\":\"op\",\"rev\":0,\"seq\":3,\"op\":[\"\"]}").code()).isEqualTo(ErrorCode.BAD_OP);
    }

    @Test
    void unpairedSurrogatesAreEscapedAndReadBack() {
        ClientMessage message = new ClientMessage.Language("a\uD800b\u2028\u0001\"\\");
        String json = MessageCodec.encode(message);
        assertThat(json).contains("\\ud800").contains("\\u2028").contains("\\u0001");
        assertThat(MessageCodec.decodeClient(json)).isEqualTo(message);
        assertThat(MessageCodec.decodeClient("{\"type\":\"language\",\"language\":\"\\ud83d\\ude00\"}"))
                .isEqualTo(new ClientMessage.Language("😀"));
    }

    @Test
    void duplicateFieldsAndDeepNestingAreRefused() {
        assertBad("{\"type\":\"ping\",\"type\":\"ping\"}", ErrorCode.BAD_MESSAGE, "duplicate field \"type\"");
        assertBad("{\"type\":\"ping\",\"x\":" + "[".repeat(100) + "]".repeat(100) + "}", ErrorCode.BAD_MESSAGE,
                "nesting");
    }

    private static void assertBad(String json, ErrorCode code, String... fragments) {
        ProtocolException e = catchProtocol(json);
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.getMessage()).contains(fragments);
    }

    private static ProtocolException catchProtocol(String json) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> MessageCodec.decodeClient(json));
        assertThat(thrown).isInstanceOf(ProtocolException.class);
        return (ProtocolException) thrown;
    }

    @Test
    void serverOnlyAndClientOnlyTypesAreRefusedInTheWrongDirection() {
        assertThatThrownBy(() -> MessageCodec.decodeServer("{\"type\":\"hello\"}"))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("sent by clients");
    }
}
