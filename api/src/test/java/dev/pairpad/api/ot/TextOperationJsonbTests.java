package dev.pairpad.api.ot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextOperationJsonbTests {
    /** A message record shaped like the protocol's {@code op} message. */
    public record OpMessage(int rev,
                            @JsonbTypeSerializer(TextOperationJsonb.class)
                            @JsonbTypeDeserializer(TextOperationJsonb.class) TextOperation op) {
    }

    private final Jsonb jsonb = JsonbBuilder.create();

    @Test
    void aPropertyIsWrittenAndReadAsTheWireArray() throws Exception {
        OpMessage message = new OpMessage(7, TextOperation.fromWire(List.of(5, "x\"\uD83D\uDE00", -2, 7)));
        String json = jsonb.toJson(message);
        assertThat(json).contains("\"op\":[5,\"x\\\"\uD83D\uDE00\",-2,7]");
        assertThat(jsonb.fromJson(json, OpMessage.class)).isEqualTo(message);
        jsonb.close();
    }

    @Test
    void aTopLevelOperationRoundTripsThroughRegisteredSerializers() throws Exception {
        try (Jsonb registered = JsonbBuilder.create(new JsonbConfig()
                .withSerializers(new TextOperationJsonb()).withDeserializers(new TextOperationJsonb()))) {
            TextOperation op = TextOperation.fromWire(List.of("ab", -1));
            assertThat(registered.toJson(op)).isEqualTo("[\"ab\",-1]");
            assertThat(registered.fromJson("[\"ab\",-1]", TextOperation.class)).isEqualTo(op);
            assertThat(registered.fromJson("[]", TextOperation.class)).isEqualTo(TextOperation.identity(0));
        }
    }

    @Test
    void aMalformedArrayFailsNamingTheItem() {
        assertThatThrownBy(() -> jsonb.fromJson("{\"rev\":1,\"op\":[1,0]}", OpMessage.class))
                .isInstanceOfAny(InvalidOperationException.class, JsonbException.class)
                .satisfies(e -> assertThat(rootMessage(e)).contains("item 1 is 0"));
        assertThatThrownBy(() -> jsonb.fromJson("{\"rev\":1,\"op\":[1,null]}", OpMessage.class))
                .satisfies(e -> assertThat(rootMessage(e)).contains("item 1 is VALUE_NULL"));
        assertThatThrownBy(() -> jsonb.fromJson("{\"rev\":1,\"op\":{}}", OpMessage.class))
                .satisfies(e -> assertThat(rootMessage(e)).contains("must be a JSON array"));
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof InvalidOperationException) {
                break;
            }
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
