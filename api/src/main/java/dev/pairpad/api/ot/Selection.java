package dev.pairpad.api.ot;

import java.util.ArrayList;
import java.util.List;

/**
 * One participant's cursors and selections in a document (PROTOCOL.md {@code selection}): ranges in UTF-16
 * offsets, possibly none (no cursor shown). Immutable.
 */
public record Selection(List<Range> ranges) {
    /** Copies the ranges. */
    public Selection {
        ranges = List.copyOf(ranges);
    }

    /** A single caret at {@code offset}. */
    public static Selection caret(int offset) {
        return new Selection(List.of(new Range(offset, offset)));
    }

    /**
     * Returns this selection moved through {@code operation}: every offset lies in {@code [0, targetLength]} and
     * the order of any two offsets is kept (so {@code anchor <= head} stays so). Offsets beyond the base document
     * are first clamped to its end.
     */
    public Selection transform(TextOperation operation) {
        List<Range> moved = new ArrayList<>(ranges.size());
        for (Range range : ranges) {
            moved.add(range.transform(operation));
        }
        return new Selection(moved);
    }

    /** One selection range: {@code anchor} where it started, {@code head} where the caret is; both &ge; 0. */
    public record Range(int anchor, int head) {
        /** Checks that both offsets are non-negative. */
        public Range {
            if (anchor < 0 || head < 0) {
                throw new IllegalArgumentException(
                        "selection offsets must not be negative, were anchor " + anchor + " and head " + head);
            }
        }

        /** True when the range is a caret (nothing selected). */
        public boolean isCaret() {
            return anchor == head;
        }

        /** Returns this range moved through {@code operation}, see {@link Selection#transform}. */
        public Range transform(TextOperation operation) {
            int limit = operation.baseLength();
            return new Range(operation.transformIndex(Math.min(anchor, limit)),
                    operation.transformIndex(Math.min(head, limit)));
        }
    }
}
