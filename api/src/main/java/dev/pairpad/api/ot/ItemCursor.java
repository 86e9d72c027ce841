package dev.pairpad.api.ot;

/** Walks the items of one operation, letting compose and transform consume an item in several pieces. */
final class ItemCursor {
    private final TextOperation operation;
    private int index;
    private int offset;

    ItemCursor(TextOperation operation) {
        this.operation = operation;
    }

    boolean done() {
        return index >= operation.size();
    }

    boolean isRetain() {
        return !done() && operation.span(index) > 0;
    }

    boolean isDelete() {
        return !done() && operation.span(index) < 0;
    }

    boolean isInsert() {
        return !done() && operation.span(index) == 0;
    }

    /** Code units left in the current item. */
    int remaining() {
        return itemLength() - offset;
    }

    /** The next {@code count} units of the current insert. */
    String text(int count) {
        String text = operation.text(index);
        return offset == 0 && count == text.length() ? text : text.substring(offset, offset + count);
    }

    /** Consumes {@code count} units of the current item, moving to the next item when it is used up. */
    void advance(int count) {
        offset += count;
        if (offset == itemLength()) {
            index++;
            offset = 0;
        }
    }

    private int itemLength() {
        int span = operation.span(index);
        return span > 0 ? span : span < 0 ? -span : operation.text(index).length();
    }
}
