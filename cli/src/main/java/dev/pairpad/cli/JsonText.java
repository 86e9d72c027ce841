package dev.pairpad.cli;

import java.nio.charset.StandardCharsets;

/** Decodes the inside of a JSON string (UTF-8 bytes, escapes of RFC 8259 7) into a Java string. */
final class JsonText {
    private JsonText() {
    }

    /**
     * The text of {@code data[start, end)}, the bytes between a string's quotes.
     *
     * @throws IllegalArgumentException on a broken escape
     */
    static String decode(byte[] data, int start, int end) {
        int backslash = indexOf(data, start, end);
        if (backslash < 0) {
            return new String(data, start, end - start, StandardCharsets.UTF_8);
        }
        StringBuilder out = new StringBuilder(end - start);
        int from = start;
        while (backslash >= 0) {
            out.append(new String(data, from, backslash - from, StandardCharsets.UTF_8));
            if (backslash + 1 >= end) {
                throw new IllegalArgumentException("string ends inside an escape");
            }
            char escaped = (char) data[backslash + 1];
            from = backslash + 2;
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (backslash + 6 > end) {
                        throw new IllegalArgumentException("\\u escape needs four hex digits");
                    }
                    out.append((char) Integer.parseInt(new String(data, backslash + 2, 4, StandardCharsets.ISO_8859_1), 16));
                    from = backslash + 6;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + escaped);
            }
            backslash = indexOf(data, from, end);
        }
        out.append(new String(data, from, end - from, StandardCharsets.UTF_8));
        return out.toString();
    }

    private static int indexOf(byte[] data, int from, int end) {
        for (int i = from; i < end; i++) {
            if (data[i] == '\\') {
                return i;
            }
        }
        return -1;
    }
}
