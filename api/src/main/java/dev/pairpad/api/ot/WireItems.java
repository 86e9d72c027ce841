package dev.pairpad.api.ot;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/** Conversion between {@link TextOperation} and its wire array (PROTOCOL.md "Operation"). */
final class WireItems {
    private WireItems() {
    }

    static TextOperation read(List<?> items) {
        if (items == null) {
            throw new InvalidOperationException("operation must be an array, was null");
        }
        TextOperationBuilder builder = TextOperation.builder();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (item instanceof String text) {
                if (text.isEmpty()) {
                    throw new InvalidOperationException("item " + i + " is an empty string; inserts must be non-empty");
                }
                builder.insert(text);
            } else if (item instanceof Number number) {
                int count = integral(number, i);
                if (count > 0) {
                    builder.retain(count);
                } else {
                    builder.delete(-count);
                }
            } else {
                throw new InvalidOperationException("item " + i + " is " + (item == null ? "null" : "a "
                        + item.getClass().getSimpleName()) + "; items must be non-zero integers or non-empty strings");
            }
        }
        return builder.build();
    }

    private static int integral(Number number, int index) {
        long value;
        try {
            if (number instanceof Integer || number instanceof Long || number instanceof Short
                    || number instanceof Byte) {
                value = number.longValue();
            } else if (number instanceof BigInteger big) {
                value = big.longValueExact();
            } else if (number instanceof BigDecimal decimal) {
                value = decimal.toBigIntegerExact().longValueExact();
            } else {
                double real = number.doubleValue();
                if (real != Math.rint(real) || Double.isInfinite(real)) {
                    throw new ArithmeticException("not integral");
                }
                value = (long) real;
            }
        } catch (ArithmeticException e) {
            throw new InvalidOperationException("item " + index + " is " + number + "; counts must be integers");
        }
        if (value == 0) {
            throw new InvalidOperationException("item " + index + " is 0; counts must be non-zero");
        }
        if (value > Integer.MAX_VALUE || value < -Integer.MAX_VALUE) {
            throw new InvalidOperationException("item " + index + " is " + value + ", out of range");
        }
        return (int) value;
    }

    static String json(TextOperation operation) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < operation.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            if (operation.span(i) != 0) {
                json.append(operation.span(i));
            } else {
                quote(operation.text(i), json);
            }
        }
        return json.append(']').toString();
    }

    static void quote(String text, StringBuilder json) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
