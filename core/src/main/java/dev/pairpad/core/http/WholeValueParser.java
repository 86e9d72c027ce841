package dev.pairpad.core.http;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A parser that, when closed after reading one whole JSON value, fails with a {@code JsonParsingException} if
 * anything but whitespace follows it ({@code {"title":"x"} garbage}). JSON-B closes its parser when it has bound
 * the value, so the binding fails as a malformed body would.
 */
final class WholeValueParser implements JsonParser {

    private final JsonParser parser;
    private int depth;
    private boolean started;
    private Event last;

    WholeValueParser(JsonParser parser) {
        this.parser = parser;
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public Event next() {
        Event event = parser.next();
        started = true;
        last = event;
        switch (event) {
            case START_OBJECT, START_ARRAY -> depth++;
            case END_OBJECT, END_ARRAY -> depth--;
            default -> { }
        }
        return event;
    }

    @Override
    public Event currentEvent() {
        return parser.currentEvent();
    }

    @Override
    public String getString() {
        return parser.getString();
    }

    @Override
    public boolean isIntegralNumber() {
        return parser.isIntegralNumber();
    }

    @Override
    public int getInt() {
        return parser.getInt();
    }

    @Override
    public long getLong() {
        return parser.getLong();
    }

    @Override
    public BigDecimal getBigDecimal() {
        return parser.getBigDecimal();
    }

    @Override
    public JsonLocation getLocation() {
        return parser.getLocation();
    }

    @Override
    public JsonObject getObject() {
        JsonObject object = parser.getObject();
        depth--;
        return object;
    }

    @Override
    public JsonValue getValue() {
        boolean container = last == Event.START_OBJECT || last == Event.START_ARRAY;
        JsonValue value = parser.getValue();
        if (container) {
            depth--;
        }
        return value;
    }

    @Override
    public JsonArray getArray() {
        JsonArray array = parser.getArray();
        depth--;
        return array;
    }

    @Override
    public Stream<JsonValue> getArrayStream() {
        depth--;
        return parser.getArrayStream();
    }

    @Override
    public Stream<Map.Entry<String, JsonValue>> getObjectStream() {
        depth--;
        return parser.getObjectStream();
    }

    @Override
    public Stream<JsonValue> getValueStream() {
        return parser.getValueStream();
    }

    @Override
    public void skipArray() {
        parser.skipArray();
        depth--;
    }

    @Override
    public void skipObject() {
        parser.skipObject();
        depth--;
    }

    /** Checks that only whitespace follows a value read whole (the parser's own EOF check), then closes. */
    @Override
    public void close() {
        try {
            if (started && depth == 0) {
                parser.hasNext();
            }
        } finally {
            parser.close();
        }
    }
}
