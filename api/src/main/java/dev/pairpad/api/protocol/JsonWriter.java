package dev.pairpad.api.protocol;

import dev.pairpad.api.ot.TextOperation;
import java.time.Instant;

/**
 * Writes one JSON object field by field into a {@link StringBuilder}; output is always valid JSON.
 *
 * <p>Strings are escaped so that the result survives any UTF-8 transport: quotes, backslashes, control
 * characters, U+2028/U+2029 and unpaired surrogates become escapes.
 */
public final class JsonWriter {

    private final StringBuilder out;
    private boolean first = true;

    private JsonWriter(StringBuilder out) {
        this.out = out;
        out.append('{');
    }

    static JsonWriter object() {
        return new JsonWriter(new StringBuilder(64));
    }

    static JsonWriter object(StringBuilder out) {
        return new JsonWriter(out);
    }

    JsonWriter string(String name, String value) {
        name(name);
        quote(out, value);
        return this;
    }

    JsonWriter number(String name, long value) {
        name(name);
        out.append(value);
        return this;
    }

    JsonWriter bool(String name, boolean value) {
        name(name);
        out.append(value);
        return this;
    }

    JsonWriter time(String name, Instant value) {
        return string(name, value.toString());
    }

    /** Writes a field whose value is already JSON text. */
    JsonWriter raw(String name, CharSequence json) {
        name(name);
        out.append(json);
        return this;
    }

    /** Writes a field holding an operation as its wire array ({@code [5,"x",-2,7]}). */
    JsonWriter operation(String name, TextOperation op) {
        name(name);
        appendOperation(out, op);
        return this;
    }

    StringBuilder builder() {
        return out;
    }

    /** Starts a field and leaves the builder where its value goes. */
    StringBuilder field(String name) {
        name(name);
        return out;
    }

    String end() {
        out.append('}');
        return out.toString();
    }

    void close() {
        out.append('}');
    }

    private void name(String name) {
        if (!first) {
            out.append(',');
        }
        first = false;
        out.append('"').append(name).append("\":");
    }

    /** Appends the wire array of {@code op} straight from its items, without building the {@code toWire()} list. */
    static void appendOperation(StringBuilder out, TextOperation op) {
        out.append('[');
        op.accept(new TextOperation.Visitor() {
            private boolean first = true;

            @Override
            public void retain(int count) {
                separate().append(count);
            }

            @Override
            public void insert(String text) {
                quote(separate(), text);
            }

            @Override
            public void delete(int count) {
                separate().append(-count);
            }

            private StringBuilder separate() {
                if (!first) {
                    out.append(',');
                }
                first = false;
                return out;
            }
        });
        out.append(']');
    }

    /**
     * Appends {@code value} as a quoted JSON string, escaped as described on this class; anything else that writes
     * JSON by hand (the CLI's {@code --json} lines) calls this rather than escaping on its own.
     */
    public static void quote(StringBuilder out, String value) {
        out.append('"');
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        escape(out, c);
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
                            out.append(c).append(value.charAt(++i));
                        } else {
                            escape(out, c);
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        escape(out, c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void escape(StringBuilder out, char c) {
        out.append("\\u");
        String hex = Integer.toHexString(c);
        for (int pad = hex.length(); pad < 4; pad++) {
            out.append('0');
        }
        out.append(hex);
    }
}
