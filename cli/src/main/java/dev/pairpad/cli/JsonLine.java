package dev.pairpad.cli;

import dev.pairpad.api.protocol.JsonWriter;
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
        JsonWriter.quote(out, value);
        return this;
    }
}
