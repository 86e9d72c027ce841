package dev.pairpad.core.http;

import java.io.IOException;
import java.io.Writer;

/**
 * Passes JSON text through, writing lone surrogates and U+2028/U+2029 as {@code \}{@code uXXXX} escapes, as the
 * hand-written codec does: a UTF-8 encoder would turn a lone surrogate into {@code ?}, and some JavaScript
 * parsers refuse raw line separators. Such characters only occur inside JSON strings, where the escape is exact.
 */
final class EscapingWriter extends Writer {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Writer out;
    private char pendingHigh;

    EscapingWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        write(new String(chars, offset, length), 0, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        int run = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char c = text.charAt(i);
            if (pendingHigh == 0 && !Character.isSurrogate(c) && c != '\u2028' && c != '\u2029') {
                continue;
            }
            out.write(text, run, i - run);
            put(c);
            run = i + 1;
        }
        out.write(text, run, end - run);
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    /** Writes one character that needs a look: a surrogate, a line separator, or whatever follows a high surrogate. */
    private void put(char c) throws IOException {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                out.write(high);
                out.write(c);
                return;
            }
            escape(high);
        }
        if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c) || c == '\u2028' || c == '\u2029') {
            escape(c);
        } else {
            out.write(c);
        }
    }

    private void escape(char c) throws IOException {
        out.write(new char[] {'\\', 'u', HEX[c >> 12 & 0xF], HEX[c >> 8 & 0xF], HEX[c >> 4 & 0xF], HEX[c & 0xF]});
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            if (pendingHigh != 0) {
                char high = pendingHigh;
                pendingHigh = 0;
                escape(high);
            }
        } finally {
            out.close();
        }
    }
}
