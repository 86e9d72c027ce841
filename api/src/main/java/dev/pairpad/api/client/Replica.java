package dev.pairpad.api.client;

import dev.pairpad.api.ot.TextOperation;

/** The local copy of the code document; without text it tracks only the length (load generators). */
final class Replica {
    private final boolean keepText;
    private String text;
    private int length;

    Replica(String text, boolean keepText) {
        this.keepText = keepText;
        this.text = keepText ? text : "";
        this.length = text.length();
    }

    int length() {
        return length;
    }

    String text() {
        if (!keepText) {
            throw new IllegalStateException("this session keeps no text (built with keepText(false))");
        }
        return text;
    }

    void apply(TextOperation operation) {
        if (operation.baseLength() != length) {
            throw new IllegalArgumentException("operation base length " + operation.baseLength()
                    + " does not match the document length " + length);
        }
        if (keepText) {
            text = operation.apply(text);
        }
        length = operation.targetLength();
    }
}
