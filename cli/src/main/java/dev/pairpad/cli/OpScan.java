package dev.pairpad.cli;

import dev.pairpad.api.ot.TextOperation;
import dev.pairpad.api.protocol.OperationJson;
import java.nio.charset.StandardCharsets;

/**
 * Reads a server {@code op} message straight from its UTF-8 bytes, in one pass and without building a JSON tree:
 * {@code rev}, {@code clientId}, whether it is about the code document, the operation's base and target length
 * (UTF-16 units, as PROTOCOL.md counts) and the load-test tokens ({@code <n base 36>;}) its inserts contain.
 * Anything it does not read as a plain op message it declines, for {@code MessageCodec} to read. Reused: one
 * message at a time, not thread-safe.
 */
final class OpScan {
    private static final byte[] TYPE = bytes("type");
    private static final byte[] REV = bytes("rev");
    private static final byte[] CLIENT_ID = bytes("clientId");
    private static final byte[] OP = bytes("op");
    private static final byte[] DOC = bytes("doc");
    private static final byte[] CODE = bytes("code");

    private byte[] data;
    private int limit;
    private int rev;
    private int authorStart;
    private int authorLength;
    private int opStart;
    private int opEnd;
    private boolean codeDocument;
    private long baseLength;
    private long targetLength;
    private int[] tokens = new int[8];
    private int tokenCount;

    /** Reads {@code data[offset, offset + length)}; false when it is not a well-formed op message. */
    boolean scan(byte[] data, int offset, int length) {
        this.data = data;
        this.limit = offset + length;
        rev = -1;
        authorStart = -1;
        opStart = -1;
        codeDocument = true;
        boolean isOp = false;
        int p = space(offset);
        if (p >= limit || data[p] != '{') {
            return false;
        }
        p = space(p + 1);
        if (p < limit && data[p] == '}') {
            return false;
        }
        while (true) {
            if (p >= limit || data[p] != '"') {
                return false;
            }
            int keyStart = p + 1;
            int keyEnd = plainStringEnd(keyStart);
            if (keyEnd < 0) {
                return false;
            }
            p = space(keyEnd + 1);
            if (p >= limit || data[p] != ':') {
                return false;
            }
            p = space(p + 1);
            if (p >= limit) {
                return false;
            }
            if (is(keyStart, keyEnd, TYPE)) {
                int end = data[p] == '"' ? plainStringEnd(p + 1) : -1;
                if (end < 0 || !is(p + 1, end, OP)) {
                    return false; // another message type: rare, MessageCodec reads it
                }
                isOp = true;
                p = end + 1;
            } else if (is(keyStart, keyEnd, REV)) {
                p = revision(p);
            } else if (is(keyStart, keyEnd, CLIENT_ID)) {
                int end = data[p] == '"' ? plainStringEnd(p + 1) : -1;
                authorStart = p + 1;
                authorLength = end - authorStart;
                p = end < 0 ? -1 : end + 1;
            } else if (is(keyStart, keyEnd, OP)) {
                opStart = p;
                p = operation(p);
                opEnd = p;
            } else if (is(keyStart, keyEnd, DOC)) {
                int end = data[p] == '"' ? plainStringEnd(p + 1) : -1;
                codeDocument = end >= 0 && is(p + 1, end, CODE);
                p = end < 0 ? -1 : end + 1;
            } else {
                p = skipValue(p);
            }
            if (p < 0) {
                return false;
            }
            p = space(p);
            if (p < limit && data[p] == ',') {
                p = space(p + 1);
            } else if (p < limit && data[p] == '}') {
                return isOp && rev >= 0 && authorStart >= 0 && opStart >= 0 && space(p + 1) == limit;
            } else {
                return false;
            }
        }
    }

    int rev() {
        return rev;
    }

    boolean codeDocument() {
        return codeDocument;
    }

    long baseLength() {
        return baseLength;
    }

    long targetLength() {
        return targetLength;
    }

    int tokenCount() {
        return tokenCount;
    }

    int token(int index) {
        return tokens[index];
    }

    /** The author's clientId (the server's ids are plain ASCII). */
    String author() {
        return new String(data, authorStart, authorLength, StandardCharsets.ISO_8859_1);
    }

    /** The author among {@code typists}, found without making a string; null when it is none of them. */
    LoadClient author(RoomTypists typists) {
        return typists.find(data, authorStart, authorLength);
    }

    /** The operation of the last scanned message, built for OT (only typists with an edit in flight need it). */
    TextOperation operation() {
        return OperationJson.decode(new String(data, opStart, opEnd - opStart, StandardCharsets.UTF_8));
    }

    private int revision(int p) {
        long value = 0;
        int start = p;
        while (p < limit && data[p] >= '0' && data[p] <= '9' && value <= Integer.MAX_VALUE) {
            value = value * 10 + (data[p++] - '0');
        }
        if (p == start || value > Integer.MAX_VALUE) {
            return -1;
        }
        rev = (int) value;
        return p;
    }

    /** Scans an operation array, summing lengths and collecting tokens; the index after it, or -1. */
    private int operation(int p) {
        if (data[p] != '[') {
            return -1;
        }
        baseLength = 0;
        targetLength = 0;
        tokenCount = 0;
        p = space(p + 1);
        if (p < limit && data[p] == ']') {
            return p + 1;
        }
        while (p < limit) {
            if (data[p] == '"') {
                p = insert(p + 1);
            } else {
                boolean negative = data[p] == '-';
                int start = negative ? ++p : p;
                long n = 0;
                while (p < limit && data[p] >= '0' && data[p] <= '9' && n <= Integer.MAX_VALUE) {
                    n = n * 10 + (data[p++] - '0');
                }
                if (p == start || n == 0 || n > Integer.MAX_VALUE) {
                    return -1;
                }
                baseLength += n;
                targetLength += negative ? 0 : n;
            }
            if (p < 0) {
                return -1;
            }
            p = space(p);
            if (p < limit && data[p] == ']') {
                return p + 1;
            }
            if (p >= limit || data[p] != ',') {
                return -1;
            }
            p = space(p + 1);
        }
        return -1;
    }

    /** Scans an insert's string from just after its opening quote; the index after the closing quote, or -1. */
    private int insert(int p) {
        long token = 0;
        boolean tokenGood = false;
        boolean tokenBroken = false;
        while (p < limit) {
            int b = data[p] & 0xFF;
            if (b == '"') {
                return p + 1;
            }
            if (b == '\\') {
                if (p + 1 >= limit) {
                    return -1;
                }
                p += data[p + 1] == 'u' ? 6 : 2;
                targetLength++;
                tokenBroken = true;
                continue;
            }
            if (b == ';') {
                if (tokenGood && !tokenBroken) {
                    addToken((int) token);
                }
                token = 0;
                tokenGood = false;
                tokenBroken = false;
            } else {
                int digit = b >= '0' && b <= '9' ? b - '0' : b >= 'a' && b <= 'z' ? b - 'a' + 10 : -1;
                if (digit < 0 || token > Integer.MAX_VALUE / 36) {
                    tokenBroken = true;
                } else {
                    token = token * 36 + digit;
                    tokenGood = true;
                }
            }
            if ((b & 0xC0) != 0x80) {
                targetLength += (b & 0xF8) == 0xF0 ? 2 : 1; // a 4-byte UTF-8 sequence is two UTF-16 units
            }
            p++;
        }
        return -1;
    }

    private void addToken(int token) {
        if (tokenCount == tokens.length) {
            int[] bigger = new int[tokens.length * 2];
            System.arraycopy(tokens, 0, bigger, 0, tokenCount);
            tokens = bigger;
        }
        tokens[tokenCount++] = token;
    }

    private int skipValue(int p) {
        int depth = 0;
        while (p < limit) {
            byte b = data[p];
            if (b == '"') {
                p = stringEnd(p + 1);
                if (p < 0) {
                    return -1;
                }
                p++;
            } else if (b == '{' || b == '[') {
                depth++;
                p++;
            } else if (b == '}' || b == ']') {
                if (depth == 0) {
                    return p;
                }
                depth--;
                p++;
            } else if (b == ',' && depth == 0) {
                return p;
            } else {
                p++;
            }
            if (depth == 0 && (b == '"' || b == '}' || b == ']')) {
                return p;
            }
        }
        return depth == 0 ? p : -1;
    }

    /** The index of the closing quote of a string without escapes starting at {@code p}, or -1. */
    private int plainStringEnd(int p) {
        while (p < limit) {
            if (data[p] == '"') {
                return p;
            }
            if (data[p] == '\\') {
                return -1;
            }
            p++;
        }
        return -1;
    }

    /** The index of the closing quote of a string starting at {@code p}, escapes skipped, or -1. */
    private int stringEnd(int p) {
        while (p < limit) {
            if (data[p] == '"') {
                return p;
            }
            p += data[p] == '\\' ? 2 : 1;
        }
        return -1;
    }

    private boolean is(int start, int end, byte[] expected) {
        if (end - start != expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (data[start + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private int space(int p) {
        while (p < limit && (data[p] == ' ' || data[p] == '\n' || data[p] == '\r' || data[p] == '\t')) {
            p++;
        }
        return p;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
