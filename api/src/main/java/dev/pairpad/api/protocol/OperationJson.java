package dev.pairpad.api.protocol;

import dev.pairpad.api.ot.TextOperation;
import java.util.List;
import java.util.Optional;

/** An operation as its JSON wire array text, such as {@code [5,"x",-2,7]}. */
public final class OperationJson {

    private OperationJson() {
    }

    /** The wire array text of {@code op}. */
    public static String encode(TextOperation op) {
        StringBuilder out = new StringBuilder();
        JsonWriter.appendOperation(out, op);
        return out.toString();
    }

    /** Reads a wire array; {@link ProtocolException} ({@code bad-message} or {@code bad-op}) when it is not one. */
    public static TextOperation decode(String json) {
        Object value;
        try {
            value = JsonReader.parse(json);
        } catch (JsonReader.JsonSyntaxException e) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "operation is not JSON: " + e.getMessage());
        }
        if (!(value instanceof List<?>)) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "operation must be a JSON array");
        }
        return new Fields(java.util.Map.of("op", value), "operation").operation("op", Optional.empty());
    }
}
