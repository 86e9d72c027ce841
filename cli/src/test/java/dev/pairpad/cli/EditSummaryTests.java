package dev.pairpad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.api.ot.TextOperation;
import org.junit.jupiter.api.Test;

class EditSummaryTests {
    @Test
    void insertIsSummarisedWithItsTextAndLineAndColumnFromOne() {
        String before = "def f():\n    pass\n";
        TextOperation op = TextOperation.builder().retain(13).insert("for i in").retain(before.length() - 13).build();
        assertThat(EditSummary.of(op).describe(before)).isEqualTo("+8 \"for i in\"  L2:5");
    }

    @Test
    void deleteAndReplaceShowBothCountsAndLongTextIsCut() {
        TextOperation delete = TextOperation.builder().retain(2).delete(3).build();
        assertThat(EditSummary.of(delete).describe("abcdef")).isEqualTo("-3  L1:3");
        TextOperation replace = TextOperation.builder().insert("x".repeat(40) + "\n").delete(1).build();
        assertThat(EditSummary.of(replace).describe("y"))
                .isEqualTo("+41 \"" + "x".repeat(31) + "…\" -1  L1:1");
        TextOperation newline = TextOperation.builder().retain(1).insert("\n\t\"").build();
        assertThat(EditSummary.of(newline).what()).isEqualTo("+3 \"\\n\\t\\\"\"");
    }
}
