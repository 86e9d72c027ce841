package dev.pairpad.cli;

import dev.pairpad.api.ot.TextOperation;

/**
 * One edit in a line: how much it inserted (with the start of the text) and deleted, and where it began,
 * e.g. {@code +12 "for i in"  L4:7}.
 */
record EditSummary(String insertedText, int deleted, int offset) {
    private static final int SHOWN = 32;

    static EditSummary of(TextOperation operation) {
        int[] position = {0};
        int[] first = {-1};
        int[] deleted = {0};
        StringBuilder text = new StringBuilder();
        operation.accept(new TextOperation.Visitor() {
            @Override
            public void retain(int count) {
                position[0] += count;
            }

            @Override
            public void insert(String inserted) {
                mark();
                text.append(inserted);
            }

            @Override
            public void delete(int count) {
                mark();
                deleted[0] += count;
                position[0] += count;
            }

            private void mark() {
                if (first[0] < 0) {
                    first[0] = position[0];
                }
            }
        });
        return new EditSummary(text.toString(), deleted[0], Math.max(first[0], 0));
    }

    /** How many characters (UTF-16 units) it inserted. */
    int inserted() {
        return insertedText.length();
    }

    /** {@code +N "text"}, {@code -N} or both, then {@code L<line>:<column>} of its start in {@code before}. */
    String describe(String before) {
        return what() + "  " + lineColumn(before);
    }

    /** {@code +N "text"}, {@code -N} or both, without the place. */
    String what() {
        StringBuilder out = new StringBuilder();
        if (inserted() > 0) {
            out.append('+').append(inserted()).append(" \"").append(shown()).append('"');
        }
        if (deleted > 0) {
            out.append(out.isEmpty() ? "" : " ").append('-').append(deleted);
        }
        if (out.isEmpty()) {
            out.append("(no change)");
        }
        return out.toString();
    }

    /**
     * True when {@code next} (by the same person) carries on this edit: typing on where it ended, or backspacing
     * over what it typed. A typed line break ends an edit, so runs of typing read as lines.
     */
    boolean continuedBy(EditSummary next) {
        if (deleted > 0 || insertedText.endsWith("\n")) {
            return false;
        }
        int end = offset + inserted();
        boolean typing = next.deleted == 0 && next.offset == end;
        boolean backspace = next.inserted() == 0 && next.offset + next.deleted == end && next.deleted <= inserted();
        return typing || backspace;
    }

    /** This edit followed by {@code next}, which {@link #continuedBy continues} it. */
    EditSummary then(EditSummary next) {
        String text = next.inserted() > 0 ? insertedText + next.insertedText
                : insertedText.substring(0, insertedText.length() - next.deleted);
        return new EditSummary(text, 0, offset);
    }

    String lineColumn(String document) {
        int end = Math.min(offset, document.length());
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < end; i++) {
            if (document.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "L" + line + ":" + (document.codePointCount(lineStart, end) + 1);
    }

    private String shown() {
        String visible = insertedText.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
                .replace("\"", "\\\"");
        if (visible.codePointCount(0, visible.length()) <= SHOWN) {
            return visible;
        }
        return visible.substring(0, visible.offsetByCodePoints(0, SHOWN - 1)) + "…";
    }
}
