package dev.pairpad.api.ot;

import java.util.Arrays;

/**
 * Builds a {@link TextOperation} in canonical form: no empty items, neighbours of one kind merged, an insert
 * placed before an adjacent delete. Not thread-safe; {@link #build()} may be called once.
 */
public final class TextOperationBuilder {
    private int[] spans = new int[4];
    private String[] texts = new String[4];
    private int size;
    private int baseLength;
    private int targetLength;
    private boolean built;

    TextOperationBuilder() {
    }

    /** Keeps the next {@code count} code units unchanged; zero adds nothing. */
    public TextOperationBuilder retain(int count) {
        ensureOpen();
        if (count < 0) {
            throw new InvalidOperationException("retain count must not be negative, was " + count);
        }
        if (count == 0) {
            return this;
        }
        baseLength = add(baseLength, count);
        targetLength = add(targetLength, count);
        if (size > 0 && spans[size - 1] > 0) {
            spans[size - 1] += count;
        } else {
            push(count, null);
        }
        return this;
    }

    /** Inserts {@code text} at the current position; the empty string adds nothing. */
    public TextOperationBuilder insert(String text) {
        ensureOpen();
        requireWholeCodePoints(text);
        if (text.isEmpty()) {
            return this;
        }
        targetLength = add(targetLength, text.length());
        int last = size - 1;
        if (last >= 0 && spans[last] == 0) {
            texts[last] = texts[last].concat(text);
        } else if (last >= 0 && spans[last] < 0) {
            if (last >= 1 && spans[last - 1] == 0) {
                texts[last - 1] = texts[last - 1].concat(text);
            } else {
                push(spans[last], null);
                spans[last] = 0;
                texts[last] = text;
            }
        } else {
            push(0, text);
        }
        return this;
    }

    /** Deletes the next {@code count} code units; zero adds nothing. */
    public TextOperationBuilder delete(int count) {
        ensureOpen();
        if (count < 0) {
            throw new InvalidOperationException("delete count must not be negative, was " + count);
        }
        if (count == 0) {
            return this;
        }
        baseLength = add(baseLength, count);
        if (size > 0 && spans[size - 1] < 0) {
            spans[size - 1] -= count;
        } else {
            push(-count, null);
        }
        return this;
    }

    /** Returns the operation built so far; the builder cannot be used afterwards. */
    public TextOperation build() {
        ensureOpen();
        built = true;
        TextOperation operation = new TextOperation(spans, texts, size, baseLength, targetLength);
        spans = null;
        texts = null;
        return operation;
    }

    private void ensureOpen() {
        if (built) {
            throw new IllegalStateException("this builder has already built its operation");
        }
    }

    private void push(int span, String text) {
        if (size == spans.length) {
            spans = Arrays.copyOf(spans, size * 2);
            texts = Arrays.copyOf(texts, size * 2);
        }
        spans[size] = span;
        texts[size] = text;
        size++;
    }

    private static int add(int length, int count) {
        int sum = length + count;
        if (sum < 0) {
            throw new InvalidOperationException("operation spans more than " + Integer.MAX_VALUE + " code units");
        }
        return sum;
    }

    /** Rejects inserted text holding a lone surrogate: it would split a character once applied. */
    static void requireWholeCodePoints(String text) {
        int at = CodePoints.loneSurrogateAt(text);
        if (at >= 0) {
            throw new InvalidOperationException(
                    "inserted text has a lone surrogate at index " + at + ": an insert must hold whole code points");
        }
    }
}
