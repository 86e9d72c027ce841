package dev.pairpad.core.doc;

import dev.pairpad.api.ot.InvalidOperationException;
import dev.pairpad.api.ot.TextOperation;

/**
 * The text of a room, held in a gap buffer so that an edit costs the size of the edit plus the distance from the
 * previous edit, never the length of the document: typing into a 100 KB document copies nothing but the typed
 * characters. Not thread-safe; the room serialises access.
 */
public final class RoomDocument implements CharSequence {
    private char[] buffer;
    private int gapStart;
    private int gapEnd;
    private final Editor editor = new Editor();
    /** Code units copied by gap moves and growth since creation: what an edit costs beyond its own text. */
    private long unitsMoved;

    /** Creates a document holding {@code text}. */
    public RoomDocument(String text) {
        int length = text.length();
        buffer = new char[Math.max(16, length + length / 2)];
        text.getChars(0, length, buffer, 0);
        gapStart = length;
        gapEnd = buffer.length;
    }

    @Override
    public int length() {
        return buffer.length - (gapEnd - gapStart);
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length()) {
            throw new IndexOutOfBoundsException("offset " + index + " is outside the document of length " + length());
        }
        return index < gapStart ? buffer[index] : buffer[index + gapEnd - gapStart];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text().substring(start, end);
    }

    /** The whole text; a copy, costing the document's length. */
    public String text() {
        StringBuilder text = new StringBuilder(length());
        text.append(buffer, 0, gapStart).append(buffer, gapEnd, buffer.length - gapEnd);
        return text.toString();
    }

    @Override
    public String toString() {
        return text();
    }

    /**
     * Applies {@code operation} in place; either all of it or, when it does not fit, nothing.
     *
     * @throws InvalidOperationException if its base length differs from {@link #length()} or it splits a
     *                                   surrogate pair
     */
    public void apply(TextOperation operation) {
        operation.requireApplicableTo(this);
        editor.position = 0;
        operation.accept(editor);
    }

    long unitsMoved() {
        return unitsMoved;
    }

    private void moveGap(int position) {
        unitsMoved += Math.abs(position - gapStart);
        if (position < gapStart) {
            int count = gapStart - position;
            System.arraycopy(buffer, position, buffer, gapEnd - count, count);
            gapStart = position;
            gapEnd -= count;
        } else if (position > gapStart) {
            int count = position - gapStart;
            System.arraycopy(buffer, gapEnd, buffer, gapStart, count);
            gapStart += count;
            gapEnd += count;
        }
    }

    private void insert(int position, String text) {
        int count = text.length();
        if (gapEnd - gapStart < count) {
            grow(count);
        }
        moveGap(position);
        text.getChars(0, count, buffer, gapStart);
        gapStart += count;
    }

    private void delete(int position, int count) {
        moveGap(position);
        gapEnd += count;
    }

    private void grow(int needed) {
        int length = length();
        int capacity = Math.max(buffer.length * 2, length + needed + 16);
        char[] grown = new char[capacity];
        unitsMoved += length;
        System.arraycopy(buffer, 0, grown, 0, gapStart);
        int tail = buffer.length - gapEnd;
        System.arraycopy(buffer, gapEnd, grown, capacity - tail, tail);
        gapEnd = capacity - tail;
        buffer = grown;
    }

    /** Walks an operation's items, editing at a moving position in the (partly edited) text. */
    private final class Editor implements TextOperation.Visitor {
        int position;

        @Override
        public void retain(int count) {
            position += count;
        }

        @Override
        public void insert(String text) {
            RoomDocument.this.insert(position, text);
            position += text.length();
        }

        @Override
        public void delete(int count) {
            RoomDocument.this.delete(position, count);
        }
    }
}
