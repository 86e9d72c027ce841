package dev.pairpad.api.protocol;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 JSON parser into plain Java values; every failure names the offset and the reason.
 *
 * <p>Objects become {@code Map<String, Object>} (insertion-ordered, duplicate names refused), arrays
 * {@code List<Object>}, strings {@code String}, integers {@code Long} (or {@code BigInteger} when too big),
 * other numbers {@code BigDecimal}, booleans {@code Boolean} and {@code null} the {@link #NULL} marker.
 * Hand-written rather than JSON-B so that the wire codec can say precisely what was wrong with a message
 * and so that {@code api} needs no JSON implementation at run time.
 */
final class JsonReader {

    /** The JSON {@code null} literal (so that a map never holds a Java {@code null}). */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private static final int MAX_DEPTH = 64;

    private final String text;
    private int position;
    private int depth;

    private JsonReader(String text) {
        this.text = text;
    }

    /** Parses one JSON value filling all of {@code text} (surrounding whitespace allowed). */
    static Object parse(String text) {
        JsonReader reader = new JsonReader(text);
        reader.skipWhitespace();
        Object value = reader.value();
        reader.skipWhitespace();
        if (reader.position != text.length()) {
            throw reader.failure("unexpected " + reader.describeCurrent() + " after the JSON value");
        }
        return value;
    }

    private Object value() {
        if (position >= text.length()) {
            throw failure("unexpected end of input");
        }
        char c = text.charAt(position);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", NULL);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw failure("unexpected " + describeCurrent());
            }
        };
    }

    private Map<String, Object> object() {
        enter();
        position++;
        Map<String, Object> map = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            position++;
            depth--;
            return map;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw failure("expected a quoted field name but found " + describeCurrent());
            }
            String name = string();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            Object value = value();
            if (map.putIfAbsent(name, value) != null) {
                throw failure("duplicate field \"" + name + "\"");
            }
            skipWhitespace();
            char c = peek();
            position++;
            if (c == '}') {
                depth--;
                return map;
            }
            if (c != ',') {
                position--;
                throw failure("expected ',' or '}' but found " + describeCurrent());
            }
        }
    }

    private List<Object> array() {
        enter();
        position++;
        List<Object> list = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            position++;
            depth--;
            return list;
        }
        while (true) {
            skipWhitespace();
            list.add(value());
            skipWhitespace();
            char c = peek();
            position++;
            if (c == ']') {
                depth--;
                return list;
            }
            if (c != ',') {
                position--;
                throw failure("expected ',' or ']' but found " + describeCurrent());
            }
        }
    }

    private String string() {
        position++; // opening quote
        int start = position;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '"') {
                return text.substring(start, position++);
            }
            if (c == '\\' || c < 0x20) {
                break;
            }
            position++;
        }
        StringBuilder out = new StringBuilder(text.substring(start, position));
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                position--;
                throw failure("unescaped control character in a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (position >= text.length()) {
                break;
            }
            char escaped = text.charAt(position++);
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(unicodeEscape());
                default -> {
                    position--;
                    throw failure("invalid escape '\\" + escaped + "'");
                }
            }
        }
        throw failure("unterminated string");
    }

    private char unicodeEscape() {
        if (position + 4 > text.length()) {
            throw failure("truncated \\u escape");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(position + i), 16);
            if (digit < 0) {
                throw failure("invalid \\u escape");
            }
            value = value * 16 + digit;
        }
        position += 4;
        return (char) value;
    }

    private Object number() {
        int start = position;
        if (peek() == '-') {
            position++;
        }
        if (peek() == '0') {
            position++;
        } else if (isDigit(peek())) {
            digits();
        } else {
            throw failure("invalid number");
        }
        boolean integral = true;
        if (peek() == '.') {
            integral = false;
            position++;
            if (!isDigit(peek())) {
                throw failure("invalid number: digits expected after '.'");
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            integral = false;
            position++;
            if (peek() == '+' || peek() == '-') {
                position++;
            }
            if (!isDigit(peek())) {
                throw failure("invalid number: digits expected in the exponent");
            }
            digits();
        }
        String literal = text.substring(start, position);
        if (integral) {
            if (literal.length() <= 18) {
                return Long.parseLong(literal);
            }
            BigInteger big = new BigInteger(literal);
            return big.bitLength() < 64 ? (Object) big.longValueExact() : big;
        }
        if (literal.length() > 400) {
            throw failure("number literal too long");
        }
        return new BigDecimal(literal);
    }

    private void digits() {
        while (isDigit(peek())) {
            position++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, position)) {
            throw failure("unexpected " + describeCurrent());
        }
        position += word.length();
        return value;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw failure("nesting deeper than " + MAX_DEPTH + " levels");
        }
    }

    private void expect(char c) {
        if (peek() != c) {
            throw failure("expected '" + c + "' but found " + describeCurrent());
        }
        position++;
    }

    private char peek() {
        return position < text.length() ? text.charAt(position) : '\0';
    }

    private void skipWhitespace() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            position++;
        }
    }

    private String describeCurrent() {
        if (position >= text.length()) {
            return "end of input";
        }
        char c = text.charAt(position);
        return c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("character U+%04X", (int) c);
    }

    private JsonSyntaxException failure(String reason) {
        return new JsonSyntaxException(reason + " at offset " + position);
    }

    /** Thrown when a text is not valid JSON; the message names the reason and the offset. */
    static final class JsonSyntaxException extends RuntimeException {
        JsonSyntaxException(String message) {
            super(message);
        }
    }
}
