package dev.pairpad.core.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pairpad.api.ot.InvalidOperationException;
import dev.pairpad.api.ot.TextOperation;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RoomDocumentTests {
    @Test
    void editsAnywhereGiveTheSameTextAsApplyingToAString() {
        Random random = new Random(7);
        RoomDocument document = new RoomDocument("");
        String expected = "";
        for (int i = 0; i < 5_000; i++) {
            int position = random.nextInt(expected.length() + 1);
            int deleted = random.nextInt(4) == 0 ? random.nextInt(expected.length() - position + 1) : 0;
            String inserted = random.nextInt(3) == 0 ? "" : "ab\uD83D\uDE00cdefgh".substring(0, random.nextInt(9));
            if (inserted.length() == 3) {
                inserted = "ab";
            }
            TextOperation op = TextOperation.splice(expected.length(), position, deleted, inserted);
            if (splitsAPair(expected, position) || splitsAPair(expected, position + deleted)) {
                continue;
            }
            expected = op.apply(expected);
            document.apply(op);
            assertThat(document.length()).isEqualTo(expected.length());
        }
        assertThat(document.text()).isEqualTo(expected);
        assertThat(document.toString()).isEqualTo(expected);
    }

    private static boolean splitsAPair(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset));
    }

    @Test
    void typingInALargeDocumentCopiesOnlyWhatLiesBetweenEdits() {
        RoomDocument document = new RoomDocument("x".repeat(100_000));
        document.apply(TextOperation.splice(100_000, 50_000, 0, "a"));
        long afterFirstEdit = document.unitsMoved();
        assertThat(afterFirstEdit).isEqualTo(50_000);
        for (int i = 1; i <= 2_000; i++) {
            int length = document.length();
            document.apply(i % 10 == 0 ? TextOperation.splice(length, 50_000 + i - 1, 1, "")
                    : TextOperation.splice(length, 50_000 + i, 0, "b"));
        }
        assertThat(document.unitsMoved() - afterFirstEdit).as("units copied by 2,000 keystrokes").isLessThan(4_000);
        assertThat(document.length()).isEqualTo(100_000 + 1 + 1_800 - 200);
    }

    @Test
    void aLargeInsertGrowsTheBufferAroundTheGap() {
        RoomDocument document = new RoomDocument("start end");
        String big = "x".repeat(100_000);
        document.apply(TextOperation.splice(9, 6, 0, big));
        assertThat(document.length()).isEqualTo(100_009);
        assertThat(document.charAt(5)).isEqualTo(' ');
        assertThat(document.charAt(100_006)).isEqualTo('e');
        assertThat(document.subSequence(100_005, 100_009).toString()).isEqualTo("xend");
    }

    @Test
    void aBadOperationChangesNothing() {
        RoomDocument document = new RoomDocument("a\uD83D\uDE00b");
        assertThatThrownBy(() -> document.apply(TextOperation.fromWire(List.of(2, "x", 2))))
                .isInstanceOf(InvalidOperationException.class).hasMessageContaining("splits a surrogate pair at offset 2");
        assertThatThrownBy(() -> document.apply(TextOperation.fromWire(List.of("x", 3))))
                .isInstanceOf(InvalidOperationException.class).hasMessageContaining("does not match document length 4");
        assertThat(document.text()).isEqualTo("a\uD83D\uDE00b");
        assertThatThrownBy(() -> document.charAt(4)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
