package dev.pairpad.cli;

import dev.pairpad.api.ot.TextOperation;
import dev.pairpad.api.ot.TextOperationBuilder;
import java.nio.charset.StandardCharsets;

/** Decodes JSON strings (UTF-8 bytes, escapes of RFC 8259 7) and operation arrays that are known to be well formed. */
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

    /**
     * The operation of the array starting at {@code data[start]} (its {@code [}), which a scan has checked already.
     *
     * @throws dev.pairpad.api.ot.InvalidOperationException if its items do not make an operation
     */
    static TextOperation operation(byte[] data, int start) {
        TextOperationBuilder builder = TextOperation.builder();
        int p = space(data, start + 1);
        while (data[p] != ']') {
            if (data[p] == '"') {
                int end = p + 1;
                while (data[end] != '"') {
                    end += data[end] == '\\' ? 2 : 1;
                }
                builder.insert(decode(data, p + 1, end));
                p = end + 1;
            } else {
                int end = p;
                while (data[end] == '-' || (data[end] >= '0' && data[end] <= '9')) {
                    end++;
                }
                int n = Integer.parseInt(new String(data, p, end - p, StandardCharsets.ISO_8859_1));
                if (n > 0) {
                    builder.retain(n);
                } else {
                    builder.delete(-n);
                }
                p = end;
            }
            p = space(data, p);
            if (data[p] == ',') {
                p = space(data, p + 1);
            }
        }
        return builder.build();
    }

    private static int space(byte[] data, int p) {
        while (data[p] == ' ' || data[p] == '\n' || data[p] == '\r' || data[p] == '\t') {
            p++;
        }
        return p;
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
