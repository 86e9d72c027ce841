package dev.pairpad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.api.ot.TextOperation;
import dev.pairpad.api.protocol.DocumentKind;
import dev.pairpad.api.protocol.ErrorCode;
import dev.pairpad.api.protocol.MessageCodec;
import dev.pairpad.api.protocol.ServerMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The op scanner reads from the bytes what the full codec would, and declines what is not a plain op. */
class OpScanTests {

    @Test
    void anEncodedOpIsReadWithItsRevisionAuthorLengthsAndTokens() {
        TextOperation op = TextOperation.builder().retain(5).insert("a;1z;").delete(2).retain(7).build();
        OpScan scan = scanned(MessageCodec.encode(new ServerMessage.Op(42, "c-17", op, DocumentKind.CODE)));
        assertThat(scan.rev()).isEqualTo(42);
        assertThat(scan.author()).isEqualTo("c-17");
        assertThat(scan.codeDocument()).isTrue();
        assertThat(scan.baseLength()).isEqualTo(op.baseLength());
        assertThat(scan.targetLength()).isEqualTo(op.targetLength());
        assertThat(tokens(scan)).containsExactly(10, 71);
        assertThat(scan.operation()).isEqualTo(op);
    }

    @Test
    void escapesAndCharactersBeyondAsciiCountAsTheirUtf16LengthAndRebuildTheSameOperation() {
        List<TextOperation> ops = List.of(
                TextOperation.builder().retain(3).insert("q\"uote\\ \n\t/é€😀").build(),
                TextOperation.builder().insert("\u0001\u001f ok;").delete(4).build(),
                TextOperation.builder().delete(1).retain(2).insert("😀😀x;").retain(9).build(),
                TextOperation.builder().retain(4).build());
        for (TextOperation op : ops) {
            OpScan scan = scanned(MessageCodec.encode(new ServerMessage.Op(1, "a", op, DocumentKind.CODE)));
            assertThat(scan.baseLength()).as("%s", op).isEqualTo(op.baseLength());
            assertThat(scan.targetLength()).as("%s", op).isEqualTo(op.targetLength());
            assertThat(scan.operation()).isEqualTo(op);
        }
    }

    @Test
    void onlyWholeTokensOfBase36DigitsCount() {
        OpScan scan = scanned("{\"type\":\"op\",\"rev\":3,\"clientId\":\"x\",\"op\":[1,\"k;not a token;\\u0041;9;\",\"7\"]}");
        assertThat(tokens(scan)).containsExactly(20, 9);
    }

    @Test
    void fieldsAreFoundInAnyOrderPastUnknownFields() {
        OpScan scan = scanned("{ \"op\" : [3, \"z;\"], \"extra\": {\"a\": [1, \"]}\"], \"b\": null}, \"clientId\": \"c1\","
                + " \"rev\": 7, \"type\": \"op\", \"doc\": \"notes\" }");
        assertThat(scan.rev()).isEqualTo(7);
        assertThat(scan.author()).isEqualTo("c1");
        assertThat(scan.codeDocument()).isFalse();
        assertThat(tokens(scan)).containsExactly(35);
    }

    @Test
    void otherMessagesAndBrokenOpsAreLeftToTheCodec() {
        OpScan scan = new OpScan();
        for (String json : List.of(
                MessageCodec.encode(new ServerMessage.Ack(4, 2, DocumentKind.CODE)),
                MessageCodec.encode(ServerMessage.Error.of(ErrorCode.BAD_OP, "base length 3, document 4")),
                "{\"type\":\"op\",\"rev\":3,\"clientId\":\"x\"}",
                "{\"type\":\"op\",\"rev\":3,\"clientId\":\"x\",\"op\":[0]}",
                "{\"type\":\"op\",\"rev\":-3,\"clientId\":\"x\",\"op\":[1]}",
                "{\"type\":\"op\",\"rev\":3,\"clientId\":\"x\",\"op\":[1,\"unterminated]}",
                "{\"type\":\"op\",\"rev\":3,\"clientId\":\"x\",\"op\":[1]} trailing",
                "[\"type\",\"op\"]")) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            assertThat(scan.scan(bytes, 0, bytes.length)).as(json).isFalse();
        }
    }

    @Test
    void aMessageInsideALargerBufferIsReadWithinItsBounds() {
        String json = MessageCodec.encode(new ServerMessage.Op(9, "b", TextOperation.builder().retain(2).insert("5;")
                .build(), DocumentKind.CODE));
        byte[] padded = ("garbage{" + json + "}more").getBytes(StandardCharsets.UTF_8);
        OpScan scan = new OpScan();
        assertThat(scan.scan(padded, 8, json.length())).isTrue();
        assertThat(scan.rev()).isEqualTo(9);
        assertThat(tokens(scan)).containsExactly(5);
    }

    private static OpScan scanned(String json) {
        OpScan scan = new OpScan();
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        assertThat(scan.scan(bytes, 0, bytes.length)).as(json).isTrue();
        return scan;
    }

    private static List<Integer> tokens(OpScan scan) {
        List<Integer> tokens = new ArrayList<>();
        for (int i = 0; i < scan.tokenCount(); i++) {
            tokens.add(scan.token(i));
        }
        return tokens;
    }
}
