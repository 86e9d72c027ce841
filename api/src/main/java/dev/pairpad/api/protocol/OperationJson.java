package dev.pairpad.api.protocol;

import dev.pairpad.api.ot.TextOperation;
import java.util.List;
import java.util.Map;
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
        List<?> items = Fields.parseArray(json, "operation");
        return new Fields(Map.of("op", items), "operation").operation("op", Optional.empty());
    }
}
