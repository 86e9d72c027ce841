package dev.pairpad.api.ot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An immutable edit of a text in canonical form (PROTOCOL.md "Operation"): items retain, insert or delete UTF-16
 * code units, neighbours of one kind are merged, an insert comes before an adjacent delete and no item is empty,
 * so two operations that do the same thing are {@link #equals equal}. It spans the whole document it applies to:
 * {@link #baseLength()} is that document's length, {@link #targetLength()} the length of the result.
 */
public final class TextOperation {
    /** Retain count (positive), delete count (negative) or 0 for an insert whose text is in {@link #texts}. */
    private final int[] spans;
    private final String[] texts;
    private final int size;
    private final int baseLength;
    private final int targetLength;

    TextOperation(int[] spans, String[] texts, int size, int baseLength, int targetLength) {
        this.spans = spans;
        this.texts = texts;
        this.size = size;
        this.baseLength = baseLength;
        this.targetLength = targetLength;
    }

    /** Returns a new builder that normalises as it goes. */
    public static TextOperationBuilder builder() {
        return new TextOperationBuilder();
    }

    /** Returns the operation that keeps all of a document of {@code length} code units. */
    public static TextOperation identity(int length) {
        return builder().retain(length).build();
    }

    /**
     * Returns the operation that replaces {@code deleteCount} units at {@code position} of a document of
     * {@code documentLength} units by {@code text} (like {@code Array.prototype.splice}).
     */
    public static TextOperation splice(int documentLength, int position, int deleteCount, String text) {
        if (position < 0 || deleteCount < 0 || position > documentLength - deleteCount) {
            throw new InvalidOperationException("splice of " + deleteCount + " at offset " + position
                    + " does not fit a document of length " + documentLength);
        }
        TextOperationBuilder.requireWholeCodePoints(text);
        // Built directly rather than through a builder: this is the shape of almost every keystroke.
        int tail = documentLength - position - deleteCount;
        int size = (position > 0 ? 1 : 0) + (text.isEmpty() ? 0 : 1) + (deleteCount > 0 ? 1 : 0) + (tail > 0 ? 1 : 0);
        int[] spans = new int[size];
        String[] texts = new String[size];
        int i = 0;
        if (position > 0) {
            spans[i++] = position;
        }
        if (!text.isEmpty()) {
            texts[i++] = text;
        }
        if (deleteCount > 0) {
            spans[i++] = -deleteCount;
        }
        if (tail > 0) {
            spans[i] = tail;
        }
        int targetLength = documentLength - deleteCount + text.length();
        if (targetLength < 0) {
            throw new InvalidOperationException("operation spans more than " + Integer.MAX_VALUE + " code units");
        }
        return new TextOperation(spans, texts, size, documentLength, targetLength);
    }

    /** Length in UTF-16 code units of the document this operation applies to. */
    public int baseLength() {
        return baseLength;
    }

    /** Length in UTF-16 code units of the document this operation produces. */
    public int targetLength() {
        return targetLength;
    }

    /** True when applying this operation changes nothing. */
    public boolean isNoop() {
        return size == 0 || (size == 1 && spans[0] > 0);
    }

    /**
     * Returns {@code document} with this operation applied; never null.
     *
     * @throws InvalidOperationException if the base length differs from the document's length or an edit
     *                                   boundary falls inside a surrogate pair
     */
    public String apply(String document) {
        requireApplicableTo(document);
        StringBuilder result = new StringBuilder(targetLength);
        int position = 0;
        for (int i = 0; i < size; i++) {
            int span = spans[i];
            if (span > 0) {
                result.append(document, position, position + span);
                position += span;
            } else if (span < 0) {
                position -= span;
            } else {
                result.append(texts[i]);
            }
        }
        return result.toString();
    }

    /**
     * Checks that this operation can be applied to {@code document}: equal lengths and no edit boundary inside a
     * surrogate pair.
     *
     * @throws InvalidOperationException naming the first broken precondition
     */
    public void requireApplicableTo(CharSequence document) {
        int length = document.length();
        if (baseLength != length) {
            throw lengthMismatch(length);
        }
        int position = 0;
        for (int i = 0; i < size; i++) {
            int span = spans[i];
            if (span > 0) {
                position += span;
                continue;
            }
            requireNoSplit(document, position);
            if (span < 0) {
                position -= span;
                requireNoSplit(document, position);
            }
        }
    }

    private InvalidOperationException lengthMismatch(int length) {
        if (baseLength > length) {
            int position = 0;
            for (int i = 0; i < size; i++) {
                int span = spans[i];
                if (span != 0 && position + Math.abs(span) > length) {
                    String kind = span > 0 ? "retain" : "delete";
                    return new InvalidOperationException(kind + " of " + Math.abs(span) + " at offset " + position
                            + " goes past the end of the document (length " + length + ")");
                }
                position += Math.abs(span);
            }
        }
        return new InvalidOperationException("operation base length " + baseLength
                + " does not match document length " + length + " (an operation must span the whole document)");
    }

    private static void requireNoSplit(CharSequence document, int position) {
        if (position > 0 && position < document.length() && Character.isHighSurrogate(document.charAt(position - 1))
                && Character.isLowSurrogate(document.charAt(position))) {
            throw new InvalidOperationException("operation splits a surrogate pair at offset " + position
                    + ": edits must start and end between whole code points");
        }
    }

    /** Law: {@code next.apply(this.apply(doc)).equals(this.compose(next).apply(doc))}. */
    public TextOperation compose(TextOperation next) {
        return OperationAlgebra.compose(this, Objects.requireNonNull(next, "next"));
    }

    /**
     * Rewrites two concurrent operations on one document so each applies after the other.
     * Law: {@code a.compose(pair.right()).equals(b.compose(pair.left()))}; at equal positions a's insert goes first.
     */
    public static OperationPair transform(TextOperation a, TextOperation b) {
        return OperationAlgebra.transform(Objects.requireNonNull(a, "a"), Objects.requireNonNull(b, "b"));
    }

    /** Law: {@code invert(doc).apply(apply(doc)).equals(doc)}. */
    public TextOperation invert(String document) {
        requireApplicableTo(document);
        TextOperationBuilder inverse = builder();
        int position = 0;
        for (int i = 0; i < size; i++) {
            int span = spans[i];
            if (span > 0) {
                inverse.retain(span);
                position += span;
            } else if (span < 0) {
                inverse.insert(document.substring(position, position - span));
                position -= span;
            } else {
                inverse.delete(texts[i].length());
            }
        }
        return inverse.build();
    }

    /**
     * Maps a cursor offset in the base document to the offset in the target document; monotonic (i &le; j
     * implies f(i) &le; f(j)) and inside {@code [0, targetLength]}. A cursor exactly where text is inserted
     * moves after the insert.
     *
     * @throws IllegalArgumentException if {@code index} is outside {@code [0, baseLength]}
     */
    public int transformIndex(int index) {
        if (index < 0 || index > baseLength) {
            throw new IllegalArgumentException(
                    "cursor offset " + index + " is outside the document [0, " + baseLength + "]");
        }
        int remaining = index;
        int result = index;
        for (int i = 0; i < size && remaining >= 0; i++) {
            int span = spans[i];
            if (span > 0) {
                remaining -= span;
            } else if (span < 0) {
                result -= Math.min(remaining, -span);
                remaining += span;
            } else {
                result += texts[i].length();
            }
        }
        return result;
    }

    /** Calls the visitor once per item, in order. */
    public void accept(Visitor visitor) {
        for (int i = 0; i < size; i++) {
            int span = spans[i];
            if (span > 0) {
                visitor.retain(span);
            } else if (span < 0) {
                visitor.delete(-span);
            } else {
                visitor.insert(texts[i]);
            }
        }
    }

    /** Receives the items of an operation, see {@link #accept(Visitor)}. */
    public interface Visitor {
        /** Keep {@code count} (positive) units. */
        void retain(int count);

        /** Insert {@code text} (non-empty, whole code points). */
        void insert(String text);

        /** Delete {@code count} (positive) units. */
        void delete(int count);
    }

    /** Returns the wire form: Integer items (positive retain, negative delete) and String items (insert). */
    public List<Object> toWire() {
        List<Object> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(spans[i] == 0 ? texts[i] : Integer.valueOf(spans[i]));
        }
        return Collections.unmodifiableList(items);
    }

    /**
     * Reads the wire form, accepting any {@link Number} of integral value and non-empty strings, and returns the
     * canonical operation.
     *
     * @throws InvalidOperationException naming the first bad item
     */
    public static TextOperation fromWire(List<?> items) {
        return WireItems.read(items);
    }

    int size() {
        return size;
    }

    int span(int index) {
        return spans[index];
    }

    String text(int index) {
        return texts[index];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TextOperation that && size == that.size && baseLength == that.baseLength
                && Arrays.equals(spans, 0, size, that.spans, 0, size)
                && Arrays.equals(texts, 0, size, that.texts, 0, size);
    }

    @Override
    public int hashCode() {
        int hash = 1;
        for (int i = 0; i < size; i++) {
            hash = 31 * hash + (spans[i] == 0 ? texts[i].hashCode() : spans[i]);
        }
        return hash;
    }

    /** The wire form as JSON, e.g. {@code [5,"x",-2,7]}. */
    @Override
    public String toString() {
        return WireItems.json(this);
    }
}
