package dev.pairpad.api.ot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared cross-language vectors (also run by the TypeScript implementation) hold for this implementation. */
class OtVectorsTests {
    private static String committed;
    private static JsonObject vectors;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = OtVectorsTests.class.getResourceAsStream("/ot-vectors.json")) {
            assertThat(in).as("ot-vectors.json on the test classpath").isNotNull();
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (JsonReader reader = Json.createReader(new java.io.StringReader(committed))) {
            vectors = reader.readObject();
        }
    }

    @Test
    void theCommittedFileIsExactlyWhatTheGeneratorWrites() {
        assertThat(committed).as("regenerate with bin/ot-vectors").isEqualTo(OtVectors.json());
    }

    @Test
    void everyCaseGivesTheRecordedResults() {
        JsonArray cases = vectors.getJsonArray("cases");
        assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
        long astral = cases.stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("doc").codePoints().anyMatch(Character::isSupplementaryCodePoint)).count();
        assertThat(astral).as("cases with astral characters in the document").isGreaterThan(50);
        for (JsonValue value : cases) {
            JsonObject c = value.asJsonObject();
            String name = c.getString("name");
            String doc = c.getString("doc");
            TextOperation a = op(c.get("a"));
            TextOperation b = op(c.get("b"));
            TextOperation next = op(c.get("c"));
            assertThat(a.apply(doc)).as(name).isEqualTo(c.getString("apply"));
            assertThat(a.compose(next)).as(name).isEqualTo(op(c.get("compose")));
            assertThat(op(c.get("compose")).apply(doc)).as(name).isEqualTo(c.getString("composeApply"));
            OperationPair pair = TextOperation.transform(a, b);
            JsonArray transformed = c.getJsonArray("transform");
            assertThat(pair).as(name).isEqualTo(new OperationPair(op(transformed.get(0)), op(transformed.get(1))));
            assertThat(pair.right().apply(a.apply(doc))).as(name).isEqualTo(c.getString("converged"));
            assertThat(a.invert(doc)).as(name).isEqualTo(op(c.get("invert")));
            for (JsonValue cursor : c.getJsonArray("cursors")) {
                JsonArray pairOfOffsets = cursor.asJsonArray();
                assertThat(a.transformIndex(pairOfOffsets.getInt(0))).as(name).isEqualTo(pairOfOffsets.getInt(1));
            }
        }
    }

    @Test
    void everyInvalidOperationIsRefusedForTheRecordedReason() {
        Map<String, String> messages = Map.of("base-length", "(past the end|does not match document length)",
                "surrogate-split", "splits a surrogate pair", "lone-surrogate", "lone surrogate",
                "malformed", "item \\d+ is");
        for (JsonValue value : vectors.getJsonArray("invalid")) {
            JsonObject c = value.asJsonObject();
            String pattern = messages.get(c.getString("error"));
            assertThat(pattern).as(c.getString("name")).isNotNull();
            assertThatThrownBy(() -> op(c.get("op")).apply(c.getString("doc"))).as(c.getString("name"))
                    .isInstanceOf(InvalidOperationException.class).hasMessageFindingMatch(pattern);
        }
    }

    private static TextOperation op(JsonValue json) {
        List<Object> items = new ArrayList<>();
        for (JsonValue item : json.asJsonArray()) {
            items.add(switch (item.getValueType()) {
                case NUMBER -> ((JsonNumber) item).bigDecimalValue();
                case STRING -> ((JsonString) item).getString();
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                default -> null;
            });
        }
        return TextOperation.fromWire(items);
    }
}
