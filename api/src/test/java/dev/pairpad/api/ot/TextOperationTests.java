package dev.pairpad.api.ot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextOperationTests {
    private static TextOperation wire(Object... items) {
        return TextOperation.fromWire(List.of(items));
    }

    @Test
    void protocolExampleKeepsFiveInsertsXDeletesTwoKeepsSeven() {
        TextOperation op = wire(5, "x", -2, 7);
        assertThat(op.baseLength()).isEqualTo(14);
        assertThat(op.targetLength()).isEqualTo(13);
        assertThat(op.apply("abcdeFGhijklmn")).isEqualTo("abcdexhijklmn");
        assertThat(op.toWire()).containsExactly(5, "x", -2, 7);
        assertThat(op).hasToString("[5,\"x\",-2,7]");
    }

    @Test
    void builderMergesNeighboursDropsEmptyItemsAndPutsInsertBeforeDelete() {
        TextOperation built = TextOperation.builder().retain(2).retain(0).retain(3).delete(1).insert("ab")
                .insert("").delete(2).insert("c").retain(1).build();
        assertThat(built.toWire()).containsExactly(5, "abc", -3, 1);
        assertThat(built).isEqualTo(wire(5, "abc", -3, 1)).hasSameHashCodeAs(wire(5, "abc", -3, 1));
    }

    @Test
    void fromWireAcceptsAnyIntegralNumberAndNormalises() {
        TextOperation op = TextOperation.fromWire(List.of(2L, new BigDecimal("3"), BigInteger.ONE.negate(), 2.0));
        assertThat(op.toWire()).containsExactly(5, -1, 2);
    }

    @Test
    void fromWireRejectsZeroEmptyFractionalAndForeignItems() {
        assertThatThrownBy(() -> wire(1, 0)).isInstanceOf(InvalidOperationException.class).hasMessageContaining("item 1 is 0");
        assertThatThrownBy(() -> wire("")).isInstanceOf(InvalidOperationException.class).hasMessageContaining("empty string");
        assertThatThrownBy(() -> wire(1.5)).isInstanceOf(InvalidOperationException.class).hasMessageContaining("integers");
        assertThatThrownBy(() -> wire(true)).isInstanceOf(InvalidOperationException.class).hasMessageContaining("item 0 is a Boolean");
        assertThatThrownBy(() -> wire(3_000_000_000L)).isInstanceOf(InvalidOperationException.class).hasMessageContaining("out of range");
    }

    @Test
    void applyNamesAWrongBaseLength() {
        assertThatThrownBy(() -> wire(3, "x").apply("ab")).isInstanceOf(InvalidOperationException.class)
                .hasMessageContaining("retain of 3 at offset 0 goes past the end of the document (length 2)");
        assertThatThrownBy(() -> wire(1, "x").apply("ab")).isInstanceOf(InvalidOperationException.class)
                .hasMessageContaining("operation base length 1 does not match document length 2");
    }

    @Test
    void applyNamesADeletePastTheEnd() {
        assertThatThrownBy(() -> wire(1, -5).apply("abc")).isInstanceOf(InvalidOperationException.class)
                .hasMessageContaining("delete of 5 at offset 1 goes past the end of the document (length 3)");
    }

    @Test
    void anEditInsideASurrogatePairIsRejected() {
        String doc = "a\uD83D\uDE00b";
        assertThatThrownBy(() -> wire(2, "x", 2).apply(doc)).isInstanceOf(InvalidOperationException.class)
                .hasMessageContaining("splits a surrogate pair at offset 2");
        assertThatThrownBy(() -> wire(1, -1, 2).apply(doc)).isInstanceOf(InvalidOperationException.class)
                .hasMessageContaining("splits a surrogate pair at offset 2");
        assertThat(wire(1, -2, 1).apply(doc)).isEqualTo("ab");
    }

    @Test
    void anInsertWithALoneSurrogateIsRejected() {
        assertThatThrownBy(() -> wire("a\uD83D")).isInstanceOf(InvalidOperationException.class)
                .hasMessageContaining("lone surrogate at index 1");
        assertThatThrownBy(() -> TextOperation.builder().insert("\uDE00x")).isInstanceOf(InvalidOperationException.class)
                .hasMessageContaining("lone surrogate at index 0");
    }

    @Test
    void concurrentInsertsAtOnePositionPutTheFirstArgumentFirst() {
        TextOperation a = wire(1, "A", 1);
        TextOperation b = wire(1, "B", 1);
        OperationPair pair = TextOperation.transform(a, b);
        assertThat(pair.right().apply(a.apply("xy"))).isEqualTo("xABy");
        assertThat(pair.left().apply(b.apply("xy"))).isEqualTo("xABy");
    }

    @Test
    void composeAndTransformRefuseMismatchedLengths() {
        assertThatThrownBy(() -> wire(2).compose(wire(3))).isInstanceOf(InvalidOperationException.class)
                .hasMessageContaining("base length 3 does not match the first operation's target length 2");
        assertThatThrownBy(() -> TextOperation.transform(wire(2), wire(3))).isInstanceOf(InvalidOperationException.class)
                .hasMessageContaining("base lengths differ (2 and 3)");
    }

    @Test
    void invertRestoresDeletedText() {
        TextOperation op = wire(1, "XY", -2, 1);
        assertThat(op.invert("abcd").apply(op.apply("abcd"))).isEqualTo("abcd");
        assertThat(op.invert("abcd").toWire()).containsExactly(1, "bc", -2, 1);
    }

    @Test
    void cursorMovesPastTextInsertedAtItsOffsetAndIntoADeletion() {
        TextOperation op = wire(2, "xyz", -3, 1);
        assertThat(op.transformIndex(2)).isEqualTo(5);
        assertThat(op.transformIndex(4)).isEqualTo(5);
        assertThat(op.transformIndex(6)).isEqualTo(6);
        assertThatThrownBy(() -> op.transformIndex(7)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noopIsAnOperationThatOnlyRetains() {
        assertThat(TextOperation.identity(4).isNoop()).isTrue();
        assertThat(TextOperation.identity(0).isNoop()).isTrue();
        assertThat(wire(1, "x").isNoop()).isFalse();
    }

    @Test
    void spliceReplacesARangeAndRefusesOneOutsideTheDocument() {
        assertThat(TextOperation.splice(5, 1, 2, "Z").apply("abcde")).isEqualTo("aZde");
        assertThatThrownBy(() -> TextOperation.splice(5, 4, 2, "")).isInstanceOf(InvalidOperationException.class)
                .hasMessageContaining("does not fit a document of length 5");
    }

    @Test
    void aBuilderBuildsOnce() {
        TextOperationBuilder builder = TextOperation.builder().retain(1);
        builder.build();
        assertThatThrownBy(() -> builder.retain(1)).isInstanceOf(IllegalStateException.class);
    }
}
