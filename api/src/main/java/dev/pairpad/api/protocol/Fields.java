package dev.pairpad.api.protocol;

import dev.pairpad.api.ot.InvalidOperationException;
import dev.pairpad.api.ot.TextOperation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed access to the fields of one parsed JSON object; every failure is a precise {@code bad-message}. */
final class Fields {

    private final Map<String, Object> map;
    private final String context;

    Fields(Map<String, Object> map, String context) {
        this.map = map;
        this.context = context;
    }

    /** Parses {@code json} as an object; {@code bad-message} when it is not JSON or not an object. */
    static Fields parseObject(String json, String context) {
        return new Fields(asObject(parse(json, context), context), context);
    }

    /** Parses {@code json} as an array; {@code bad-message} when it is not JSON or not an array. */
    static List<?> parseArray(String json, String context) {
        if (parse(json, context) instanceof List<?> list) {
            return list;
        }
        throw new ProtocolException(ErrorCode.BAD_MESSAGE, context + " must be a JSON array");
    }

    private static Object parse(String json, String context) {
        try {
            return JsonReader.parse(json);
        } catch (JsonReader.JsonSyntaxException e) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, context + " is not JSON: " + e.getMessage());
        }
    }

    static Map<String, Object> asObject(Object value, String context) {
        if (value instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) m;
            return typed;
        }
        throw new ProtocolException(ErrorCode.BAD_MESSAGE, context + " must be a JSON object, got " + kind(value));
    }

    Fields withContext(String newContext) {
        return new Fields(map, newContext);
    }

    boolean has(String name) {
        Object value = map.get(name);
        return value != null && value != JsonReader.NULL;
    }

    String string(String name) {
        return optionalString(name).orElseThrow(() -> missing(name));
    }

    Optional<String> optionalString(String name) {
        Object value = present(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String s) {
            return Optional.of(s);
        }
        throw illTyped(name, "a string", value);
    }

    int nonNegativeInt(String name) {
        return optionalNonNegativeInt(name).orElseThrow(() -> missing(name));
    }

    Optional<Integer> optionalNonNegativeInt(String name) {
        return optionalLong(name, 0, Integer.MAX_VALUE, "an integer from 0 to " + Integer.MAX_VALUE)
                .map(Long::intValue);
    }

    long longAtLeast(String name, long min) {
        return optionalLong(name, min, Long.MAX_VALUE, "an integer >= " + min).orElseThrow(() -> missing(name));
    }

    Optional<Long> optionalLong(String name, long min, long max, String expectation) {
        Object value = present(name);
        if (value == null) {
            return Optional.empty();
        }
        Long integral = integral(value);
        if (integral == null || integral < min || integral > max) {
            throw illTyped(name, expectation, value);
        }
        return Optional.of(integral);
    }

    boolean bool(String name) {
        Object value = present(name);
        if (value == null) {
            throw missing(name);
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw illTyped(name, "true or false", value);
    }

    Instant time(String name) {
        String text = string(name);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE,
                    "field \"" + name + "\" of " + context + " must be an ISO-8601 UTC time, got \"" + text + "\"");
        }
    }

    <E extends Enum<E> & Wire> E enumValue(String name, Class<E> type) {
        return optionalEnum(name, type).orElseThrow(() -> missing(name));
    }

    <E extends Enum<E> & Wire> Optional<E> optionalEnum(String name, Class<E> type) {
        return optionalString(name).map(value -> Wire.parse(type, value, name));
    }

    List<Object> list(String name) {
        Object value = present(name);
        if (value == null) {
            throw missing(name);
        }
        if (value instanceof List<?> l) {
            @SuppressWarnings("unchecked")
            List<Object> typed = (List<Object>) l;
            return typed;
        }
        throw illTyped(name, "an array", value);
    }

    Fields object(String name) {
        Object value = present(name);
        if (value == null) {
            throw missing(name);
        }
        if (value instanceof Map<?, ?>) {
            return new Fields(asObject(value, name), "field \"" + name + "\" of " + context);
        }
        throw illTyped(name, "an object", value);
    }

    List<Fields> objects(String name) {
        List<Object> items = list(name);
        List<Fields> result = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String itemContext = name + "[" + i + "] of " + context;
            result.add(new Fields(asObject(items.get(i), itemContext), itemContext));
        }
        return result;
    }

    /** The operation in field {@code name}: missing or not an array is {@code bad-message}, invalid is {@code bad-op}. */
    TextOperation operation(String name, Optional<Long> seq) {
        List<Object> items = list(name);
        try {
            return TextOperation.fromWire(items);
        } catch (InvalidOperationException | IllegalArgumentException | ClassCastException e) {
            throw new ProtocolException(ErrorCode.BAD_OP, "field \"" + name + "\" is not a valid operation: "
                    + e.getMessage(), seq);
        }
    }

    private Object present(String name) {
        Object value = map.get(name);
        return value == JsonReader.NULL ? null : value;
    }

    private ProtocolException missing(String name) {
        return new ProtocolException(ErrorCode.BAD_MESSAGE, "field \"" + name + "\" is missing in " + context);
    }

    private ProtocolException illTyped(String name, String expectation, Object value) {
        return new ProtocolException(ErrorCode.BAD_MESSAGE,
                "field \"" + name + "\" of " + context + " must be " + expectation + ", got " + kind(value));
    }

    private static Long integral(Object value) {
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof BigDecimal d) {
            try {
                return d.longValueExact();
            } catch (ArithmeticException e) {
                return null;
            }
        }
        return null;
    }

    static String kind(Object value) {
        if (value == null || value == JsonReader.NULL) {
            return "null";
        }
        if (value instanceof String s) {
            return s.length() <= 20 ? "the string \"" + s + "\"" : "a string";
        }
        if (value instanceof Long || value instanceof BigInteger || value instanceof BigDecimal) {
            return "the number " + value;
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof List<?>) {
            return "an array";
        }
        return "an object";
    }
}
