package dev.pairpad.api.protocol;

/** One selection range in UTF-16 offsets; {@code anchor == head} is a caret. */
public record Range(int anchor, int head) {

    /** Both offsets are non-negative. */
    public Range {
        if (anchor < 0 || head < 0) {
            throw new IllegalArgumentException("selection offsets must be >= 0, got anchor " + anchor + " head " + head);
        }
    }
}
