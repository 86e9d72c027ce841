package dev.pairpad.core.http;

import dev.pairpad.api.ot.CodePoints;
import dev.pairpad.api.protocol.CreateRoomRequest;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.util.Optional;

/**
 * Reads a {@code POST /api/rooms} body: a JSON object whose {@code title}, {@code language} and {@code starterCode}
 * are strings of whole code points, or absent or null; other fields are ignored. Anything else fails with a
 * {@link BadBody} naming the field (JSON-B alone would turn {@code {"title":7}} into the title {@code "7"}).
 */
final class CreateRoomReader implements JsonbDeserializer<CreateRoomRequest> {

    private static final String CONTEXT = "the request body";

    @Override
    public CreateRoomRequest deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonValue body = parser.getValue();
        if (!(body instanceof JsonObject object)) {
            throw new BadBody(CONTEXT + " must be a JSON object, got " + kind(body));
        }
        return new CreateRoomRequest(optionalString(object, "title"), optionalString(object, "language"),
                optionalString(object, "starterCode"));
    }

    private static Optional<String> optionalString(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonString string) {
            return Optional.of(wholeCodePoints(name, string.getString()));
        }
        throw new BadBody("field \"" + name + "\" of " + CONTEXT + " must be a string, got " + kind(value));
    }

    /** The text when it holds no lone surrogate: one cannot be edited (OT inserts whole code points) nor sent back. */
    private static String wholeCodePoints(String name, String text) {
        int at = CodePoints.loneSurrogateAt(text);
        if (at >= 0) {
            throw new BadBody("field \"" + name + "\" of " + CONTEXT + " has a lone surrogate at index " + at
                    + "; text must hold whole code points");
        }
        return text;
    }

    private static String kind(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> "a string";
            case NUMBER -> "the number " + value;
            case TRUE -> "true";
            case FALSE -> "false";
            case NULL -> "null";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
        };
    }

    /** The body is JSON but not the shape PROTOCOL.md asks for; the message says what is wrong. */
    static final class BadBody extends JsonbException {
        BadBody(String message) {
            super(message);
        }
    }
}
