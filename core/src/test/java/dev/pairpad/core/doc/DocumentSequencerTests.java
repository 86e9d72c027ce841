package dev.pairpad.core.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pairpad.api.ot.InvalidOperationException;
import dev.pairpad.api.ot.TextOperation;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentSequencerTests {
    private static final Instant NOON = Instant.parse("2026-01-01T12:00:00Z");
    private final DocumentSequencer sequencer = new DocumentSequencer("xy", InstantSource.fixed(NOON));

    private static TextOperation op(Object... items) {
        return TextOperation.fromWire(List.of(items));
    }

    @Test
    void anOpOnTheLatestRevisionIsAppliedAsIs() {
        Sequenced result = sequencer.submit("alice", 1, 0, op(2, "!"));
        assertThat(result).isEqualTo(new Sequenced(1, op(2, "!"), false));
        assertThat(sequencer.text()).isEqualTo("xy!");
        assertThat(sequencer.revision()).isEqualTo(1);
        assertThat(sequencer.since(0)).containsExactly(new Revision(1, "alice", 1, op(2, "!"), NOON));
    }

    @Test
    void anIncomingInsertAtTheSamePlaceGoesBeforeTheSequencedOne() {
        sequencer.submit("alice", 1, 0, op(1, "A", 1));
        Sequenced bob = sequencer.submit("bob", 1, 0, op(1, "B", 1));
        assertThat(bob.op()).isEqualTo(op(1, "B", 2));
        assertThat(sequencer.text()).isEqualTo("xBAy");
    }

    @Test
    void anOldOpIsTransformedPastEachLaterRevision() {
        sequencer.submit("alice", 1, 0, op("a", 2));
        sequencer.submit("alice", 2, 1, op(3, "b"));
        sequencer.submit("bob", 1, 0, op(1, -1));
        assertThat(sequencer.text()).isEqualTo("axb");
        assertThat(sequencer.since(1)).extracting(Revision::revision).containsExactly(2, 3);
    }

    @Test
    void resentOpIsAcknowledgedButNotAppliedTwice() {
        Sequenced first = sequencer.submit("alice", 1, 0, op(2, "!"));
        sequencer.submit("bob", 1, 1, op("?", 3));
        Sequenced again = sequencer.submit("alice", 1, 2, op("?", 3, "!"));
        assertThat(again).isEqualTo(new Sequenced(1, first.op(), true));
        assertThat(sequencer.text()).isEqualTo("?xy!");
        assertThat(sequencer.revision()).isEqualTo(2);
    }

    @Test
    void anOpBasedOnARevisionAheadOfTheServerIsStale() {
        assertThatThrownBy(() -> sequencer.submit("alice", 1, 3, op(2, "!")))
                .isInstanceOf(StaleRevisionException.class)
                .hasMessageContaining("op is based on revision 3 but the server is at revision 0");
        assertThatThrownBy(() -> sequencer.since(1)).isInstanceOf(StaleRevisionException.class);
    }

    @Test
    void anOpWithTheWrongBaseLengthIsRefusedNamingTheRevision() {
        sequencer.submit("alice", 1, 0, op(2, "!"));
        assertThatThrownBy(() -> sequencer.submit("bob", 1, 0, op(3, "?")))
                .isInstanceOf(InvalidOperationException.class)
                .hasMessageContaining("op base length 3 does not match document length 2 at revision 0");
        assertThat(sequencer.revision()).isEqualTo(1);
    }

    @Test
    void aRestoredSequencerKeepsHistoryAndDedupe() {
        sequencer.submit("alice", 1, 0, op(2, "!"));
        sequencer.submit("bob", 7, 1, op("?", 3));
        sequencer.submit("alice", 2, 2, op(4, "."));
        List<Revision> journal = sequencer.since(0);

        DocumentSequencer fromStart = DocumentSequencer.restore("xy", 0, journal, InstantSource.fixed(NOON));
        DocumentSequencer fromSnapshot = DocumentSequencer.restore("?xy!", 2, journal, InstantSource.fixed(NOON));
        DocumentSequencer fromTail = DocumentSequencer.restore("?xy!", 2, journal.subList(2, 3), InstantSource.fixed(NOON));
        for (DocumentSequencer restored : List.of(fromStart, fromSnapshot)) {
            assertThat(restored.text()).isEqualTo("?xy!.");
            assertThat(restored.revision()).isEqualTo(3);
            assertThat(restored.submit("bob", 7, 0, op(2, "z"))).isEqualTo(new Sequenced(2, op("?", 3), true));
            assertThat(restored.submit("carol", 1, 1, op(3, "c")).op()).isEqualTo(op(4, "c", 1));
            assertThat(restored.text()).isEqualTo("?xy!c.");
        }
        assertThat(fromTail.text()).isEqualTo("?xy!.");
        assertThat(fromTail.oldestRevision()).isEqualTo(2);
        assertThatThrownBy(() -> fromTail.submit("carol", 1, 1, op(3, "c")))
                .isInstanceOf(StaleRevisionException.class).hasMessageContaining("keeps history only from revision 2");
        assertThatThrownBy(() -> DocumentSequencer.restore("xy", 0, journal.subList(1, 3), InstantSource.fixed(NOON)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("journal starts at revision 2");
        assertThatThrownBy(() -> DocumentSequencer.restore("?xy!.", 3, journal.subList(0, 2), InstantSource.fixed(NOON)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("journal ends at revision 2");
        assertThatThrownBy(() -> DocumentSequencer.restore("xy", 0, List.of(journal.get(0), journal.get(2)),
                InstantSource.fixed(NOON))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("journal revision 3 follows revision 1");
    }
}
