package dev.pairpad.api.ot;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON-B serializer and deserializer that write and read a {@link TextOperation} as exactly its wire array
 * ({@code [5,"x",-2,7]}). Use on a property with {@code @JsonbTypeSerializer(TextOperationJsonb.class)} and
 * {@code @JsonbTypeDeserializer(TextOperationJsonb.class)}, or register it with {@code JsonbConfig}. A malformed
 * array fails with an {@link InvalidOperationException} (possibly wrapped by the JSON-B implementation).
 */
public final class TextOperationJsonb implements JsonbSerializer<TextOperation>, JsonbDeserializer<TextOperation> {

    /** Creates the (stateless) serializer/deserializer. */
    public TextOperationJsonb() {
    }

    @Override
    public void serialize(TextOperation operation, JsonGenerator generator, SerializationContext context) {
        generator.writeStartArray();
        for (int i = 0; i < operation.size(); i++) {
            int span = operation.span(i);
            if (span == 0) {
                generator.write(operation.text(i));
            } else {
                generator.write(span);
            }
        }
        generator.writeEnd();
    }

    @Override
    public TextOperation deserialize(JsonParser parser, DeserializationContext context, Type type) {
        // JSON-B hands the parser over with the value's first event (START_ARRAY) already consumed.
        List<Object> items = new ArrayList<>();
        while (parser.hasNext()) {
            JsonParser.Event event = parser.next();
            switch (event) {
                case END_ARRAY -> {
                    return TextOperation.fromWire(items);
                }
                case VALUE_STRING -> items.add(parser.getString());
                case VALUE_NUMBER -> items.add(parser.getBigDecimal());
                case KEY_NAME, END_OBJECT -> throw new InvalidOperationException("operation must be a JSON array");
                default -> throw new InvalidOperationException(
                        "item " + items.size() + " is " + event + "; items must be non-zero integers or non-empty strings");
            }
        }
        throw new JsonbException("operation array is not closed");
    }
}
