package dev.pairpad.cli;

import java.util.List;

/** Builds one JSON object on one line, fields in the order written (for {@code --json} event streams). */
final class JsonLine {
    private final StringBuilder out = new StringBuilder("{");

    static JsonLine of(String type) {
        return new JsonLine().string("type", type);
    }

    JsonLine string(String name, String value) {
        return field(name).quote(value);
    }

    JsonLine number(String name, long value) {
        field(name).out.append(value);
        return this;
    }

    JsonLine bool(String name, boolean value) {
        field(name).out.append(value);
        return this;
    }

    /** A JSON array of numbers and strings, as in an operation's wire form. */
    JsonLine items(String name, List<?> items) {
        field(name).out.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            if (items.get(i) instanceof Number number) {
                out.append(number.longValue());
            } else {
                quote(String.valueOf(items.get(i)));
            }
        }
        out.append(']');
        return this;
    }

    /** An already encoded JSON value. */
    JsonLine raw(String name, String json) {
        field(name).out.append(json);
        return this;
    }

    @Override
    public String toString() {
        return out + "}";
    }

    private JsonLine field(String name) {
        if (out.length() > 1) {
            out.append(',');
        }
        quote(name);
        out.append(':');
        return this;
    }

    private JsonLine quote(String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        return this;
    }
}
