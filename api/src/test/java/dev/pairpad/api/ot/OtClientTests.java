package dev.pairpad.api.ot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OtClientTests {
    record Sent(int revision, long seq, TextOperation op) {
    }

    /** A local editor and an outbox: what a real client does with the callbacks. */
    static final class FakeEditor implements OtClient.Callbacks {
        final List<Sent> sent = new ArrayList<>();
        String text;

        FakeEditor(String text) {
            this.text = text;
        }

        void type(OtClient client, TextOperation op) {
            text = op.apply(text);
            client.applyClient(op);
        }

        @Override
        public void sendOperation(int revision, long seq, TextOperation operation) {
            sent.add(new Sent(revision, seq, operation));
        }

        @Override
        public void applyOperation(TextOperation operation) {
            text = operation.apply(text);
        }
    }

    private static TextOperation op(Object... items) {
        return TextOperation.fromWire(List.of(items));
    }

    @Test
    void aLocalEditIsSentWithSeqOneAndLaterEditsWaitForTheAck() {
        FakeEditor editor = new FakeEditor("ab");
        OtClient client = new OtClient(4, editor);
        editor.type(client, op(2, "c"));
        editor.type(client, op(3, "d"));
        editor.type(client, op(4, "e"));
        assertThat(editor.sent).containsExactly(new Sent(4, 1, op(2, "c")));
        assertThat(client.state()).isEqualTo(new ClientState.AwaitingWithBuffer(1, op(2, "c"), op(3, "de")));

        client.serverAck(5, 1);
        assertThat(editor.sent).last().isEqualTo(new Sent(5, 2, op(3, "de")));
        client.serverAck(6, 2);
        assertThat(client.state()).isEqualTo(new ClientState.Synchronized());
        assertThat(client.revision()).isEqualTo(6);
        assertThat(client.nextSeq()).isEqualTo(3);
    }

    @Test
    void aRemoteInsertAtTheSamePlaceGoesAfterOurUnacknowledgedInsert() {
        FakeEditor editor = new FakeEditor("xy");
        OtClient client = new OtClient(0, editor);
        editor.type(client, op(1, "A", 1));
        editor.type(client, op(2, "a", 1));
        client.applyServer(1, op(1, "B", 1));
        assertThat(editor.text).isEqualTo("xAaBy");
        assertThat(client.state()).isEqualTo(new ClientState.AwaitingWithBuffer(1, op(1, "A", 2), op(2, "a", 2)));
        assertThat(client.revision()).isEqualTo(1);
    }

    @Test
    void aResendAfterReconnectCarriesTheSameSeqAndTheCurrentRevision() {
        FakeEditor editor = new FakeEditor("");
        OtClient client = new OtClient(0, editor);
        editor.type(client, op("hi"));
        editor.type(client, op(2, "!"));
        // connection lost; the replay brings someone else's op, then synced
        client.applyServer(1, op("yo "));
        client.resend();
        assertThat(editor.sent).containsExactly(new Sent(0, 1, op("hi")), new Sent(1, 1, op("hi", 3)));
        assertThat(editor.text).isEqualTo("hi!yo ");
    }

    @Test
    void ourOwnOpInTheResumeReplayArrivesAsAckAndIsNotResent() {
        FakeEditor editor = new FakeEditor("");
        OtClient client = new OtClient(0, editor);
        editor.type(client, op("hi"));
        client.applyServer(1, op("a"));
        client.serverAck(2, 1);
        client.resend();
        assertThat(editor.sent).hasSize(1);
        assertThat(client.state()).isInstanceOf(ClientState.Synchronized.class);
        assertThat(editor.text).isEqualTo("hia");
    }

    @Test
    void remoteSelectionsAreMovedPastOurPendingEdits() {
        FakeEditor editor = new FakeEditor("abc");
        OtClient client = new OtClient(0, editor);
        Selection remote = new Selection(List.of(new Selection.Range(1, 3)));
        assertThat(client.transformSelection(remote)).isEqualTo(remote);
        editor.type(client, op("XX", 3));
        editor.type(client, op(2, -2, 1));
        assertThat(client.transformSelection(remote).ranges()).containsExactly(new Selection.Range(2, 3));
        assertThat(client.transformSelection(new Selection(List.of())).ranges()).isEmpty();
        assertThat(client.transformSelection(Selection.caret(99)).ranges()).containsExactly(new Selection.Range(3, 3));
    }

    @Test
    void messagesOutOfOrderAreRefused() {
        FakeEditor editor = new FakeEditor("");
        OtClient client = new OtClient(3, editor);
        assertThatThrownBy(() -> client.serverAck(4, 1)).isInstanceOf(ProtocolOrderException.class)
                .hasMessageContaining("no operation is awaiting confirmation");
        assertThatThrownBy(() -> client.applyServer(5, op("x"))).isInstanceOf(ProtocolOrderException.class)
                .hasMessageContaining("op for revision 5 but the client is at revision 3 and expects 4");
        editor.type(client, op("a"));
        assertThatThrownBy(() -> client.serverAck(4, 2)).isInstanceOf(ProtocolOrderException.class)
                .hasMessageContaining("ack for seq 2 but seq 1 is awaiting confirmation");
    }
}
