package dev.pairpad.core.http;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The JSON-P provider (Parsson) under the REST binding, with the request-body rules of the hand-written codec:
 * a duplicate field name is refused, so is nesting deeper than 64 levels, and so is anything but whitespace
 * after the JSON value ({@link WholeValueParser}); and its spelling on the way out: generators write through an
 * {@link EscapingWriter} (lone surrogates and U+2028/U+2029 as escapes). Everything else is the default
 * provider's.
 */
final class StrictJsonProvider extends JsonProvider {

    /** Parsson's switch for refusing duplicate names (its {@code org.eclipse.parsson.api.JsonConfig}). */
    static final String REJECT_DUPLICATE_KEYS = "org.eclipse.parsson.rejectDuplicateKeys";
    /** Parsson's nesting limit, set to the hand-written codec's 64 levels (Parsson's default is 1000). */
    static final String MAX_DEPTH = "org.eclipse.parsson.maxDepth";
    /** Parsson refuses a depth that reaches its limit, counting from the document, so 65 lets 64 levels through. */
    static final int DEPTH = 65;

    private final JsonProvider json = JsonProvider.provider();
    private final JsonParserFactory parsers = parserFactory(Map.of());

    @Override
    public JsonParser createParser(Reader reader) {
        return new WholeValueParser(parsers.createParser(reader));
    }

    @Override
    public JsonParser createParser(InputStream in) {
        return new WholeValueParser(parsers.createParser(in));
    }

    @Override
    public JsonParserFactory createParserFactory(Map<String, ?> config) {
        return parserFactory(config);
    }

    private JsonParserFactory parserFactory(Map<String, ?> config) {
        Map<String, Object> strict = new HashMap<>(config == null ? Map.of() : config);
        strict.put(REJECT_DUPLICATE_KEYS, true);
        strict.put(MAX_DEPTH, DEPTH);
        JsonParserFactory factory = json.createParserFactory(strict);
        return new JsonParserFactory() {
            @Override
            public JsonParser createParser(Reader reader) {
                return new WholeValueParser(factory.createParser(reader));
            }

            @Override
            public JsonParser createParser(InputStream in) {
                return new WholeValueParser(factory.createParser(in));
            }

            @Override
            public JsonParser createParser(InputStream in, Charset charset) {
                return new WholeValueParser(factory.createParser(in, charset));
            }

            @Override
            public JsonParser createParser(jakarta.json.JsonObject obj) {
                return factory.createParser(obj);
            }

            @Override
            public JsonParser createParser(jakarta.json.JsonArray array) {
                return factory.createParser(array);
            }

            @Override
            public Map<String, ?> getConfigInUse() {
                return factory.getConfigInUse();
            }
        };
    }

    @Override
    public JsonGenerator createGenerator(Writer writer) {
        return json.createGenerator(new EscapingWriter(writer));
    }

    @Override
    public JsonGenerator createGenerator(OutputStream out) {
        return createGenerator(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    @Override
    public JsonGeneratorFactory createGeneratorFactory(Map<String, ?> config) {
        JsonGeneratorFactory factory = json.createGeneratorFactory(config);
        return new JsonGeneratorFactory() {
            @Override
            public JsonGenerator createGenerator(Writer writer) {
                return factory.createGenerator(new EscapingWriter(writer));
            }

            @Override
            public JsonGenerator createGenerator(OutputStream out) {
                return createGenerator(out, StandardCharsets.UTF_8);
            }

            @Override
            public JsonGenerator createGenerator(OutputStream out, Charset charset) {
                return createGenerator(new OutputStreamWriter(out, charset));
            }

            @Override
            public Map<String, ?> getConfigInUse() {
                return factory.getConfigInUse();
            }
        };
    }

    @Override
    public JsonReader createReader(Reader reader) {
        return json.createReader(reader);
    }

    @Override
    public JsonReader createReader(InputStream in) {
        return json.createReader(in);
    }

    @Override
    public JsonWriter createWriter(Writer writer) {
        return json.createWriter(writer);
    }

    @Override
    public JsonWriter createWriter(OutputStream out) {
        return json.createWriter(out);
    }

    @Override
    public JsonWriterFactory createWriterFactory(Map<String, ?> config) {
        return json.createWriterFactory(config);
    }

    @Override
    public JsonReaderFactory createReaderFactory(Map<String, ?> config) {
        return json.createReaderFactory(config);
    }

    @Override
    public JsonObjectBuilder createObjectBuilder() {
        return json.createObjectBuilder();
    }

    @Override
    public JsonArrayBuilder createArrayBuilder() {
        return json.createArrayBuilder();
    }

    @Override
    public JsonBuilderFactory createBuilderFactory(Map<String, ?> config) {
        return json.createBuilderFactory(config);
    }
}
