package dev.pairpad.cli;

import java.nio.ByteBuffer;

/**
 * Cuts a WebSocket byte stream (RFC 6455 5.2), read in pieces of any size, into whole messages: every complete
 * text message is handed over once, in order, fragments joined, in place in a reused buffer (no copy unless the
 * message was fragmented). Masked frames are unmasked in place. Not thread-safe: one reader.
 */
final class WsFrameDecoder {
    static final int CONTINUATION = 0;
    static final int TEXT = 1;
    static final int BINARY = 2;
    static final int CLOSE = 8;
    static final int PING = 9;
    static final int PONG = 10;

    /** Receives what {@link #decode} found; the bytes are only valid during the call. */
    interface Sink {
        /** One whole text message (UTF-8) in {@code data[offset, offset + length)}. */
        void text(byte[] data, int offset, int length);

        /** A control frame: {@link #CLOSE}, {@link #PING} or {@link #PONG}. */
        void control(int opcode, byte[] data, int offset, int length);
    }

    private final int maxMessage;
    private byte[] buffer;
    private ByteBuffer view;
    private int start;
    private int end;
    private byte[] fragments = new byte[0];
    private int fragmentLength = -1;

    WsFrameDecoder(int initialCapacity, int maxMessage) {
        this.maxMessage = maxMessage;
        this.buffer = new byte[initialCapacity];
        this.view = ByteBuffer.wrap(buffer);
    }

    /** A buffer to read into, positioned after the unread bytes; call {@link #filled} with what was read. */
    ByteBuffer readBuffer() {
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.length) {
            grow(buffer.length * 2);
        }
        view.limit(buffer.length).position(end);
        return view;
    }

    /** Marks the bytes a read put into {@link #readBuffer()} as received. */
    void filled(ByteBuffer after) {
        end = after.position();
    }

    /** Appends {@code length} bytes (tests, and bytes read past the HTTP upgrade response). */
    void feed(byte[] data, int offset, int length) {
        while (length > 0) {
            ByteBuffer target = readBuffer();
            int n = Math.min(length, target.remaining());
            target.put(data, offset, n);
            filled(target);
            offset += n;
            length -= n;
        }
    }

    /** The unread bytes: {@code array()[start(), start() + available())}. */
    byte[] array() {
        return buffer;
    }

    int start() {
        return start;
    }

    int available() {
        return end - start;
    }

    /** Drops {@code count} unread bytes (the HTTP upgrade response once it is checked). */
    void skip(int count) {
        if (count < 0 || count > available()) {
            throw new IllegalArgumentException("can skip 0 to " + available() + " bytes, not " + count);
        }
        start += count;
    }

    /**
     * Hands every complete message in the unread bytes to {@code sink}; a partial frame stays for the next read.
     *
     * @throws WsProtocolException when the stream breaks RFC 6455 or a message is over the limit
     */
    void decode(Sink sink) {
        while (true) {
            int available = end - start;
            if (available < 2) {
                return;
            }
            int b0 = buffer[start] & 0xFF;
            int b1 = buffer[start + 1] & 0xFF;
            boolean fin = (b0 & 0x80) != 0;
            int opcode = b0 & 0x0F;
            if ((b0 & 0x70) != 0) {
                throw new WsProtocolException("frame with reserved bits set (no extension was negotiated)");
            }
            boolean masked = (b1 & 0x80) != 0;
            int header = 2 + (masked ? 4 : 0);
            long length = b1 & 0x7F;
            if (length == 126) {
                header += 2;
                if (available < header) {
                    return;
                }
                length = ((buffer[start + 2] & 0xFF) << 8) | (buffer[start + 3] & 0xFF);
            } else if (length == 127) {
                header += 8;
                if (available < header) {
                    return;
                }
                length = 0;
                for (int i = 0; i < 8; i++) {
                    length = (length << 8) | (buffer[start + 2 + i] & 0xFF);
                }
            }
            if (length > maxMessage || length < 0) {
                throw new WsProtocolException("frame of " + length + " bytes is over the limit of " + maxMessage);
            }
            if (available < header + length) {
                if (header + length > buffer.length) {
                    grow(header + (int) length);
                }
                return;
            }
            int payload = start + header;
            int size = (int) length;
            if (masked) {
                int key = payload - 4;
                for (int i = 0; i < size; i++) {
                    buffer[payload + i] ^= buffer[key + (i & 3)];
                }
            }
            start = payload + size;
            deliver(sink, fin, opcode, payload, size);
        }
    }

    private void deliver(Sink sink, boolean fin, int opcode, int payload, int size) {
        switch (opcode) {
            case TEXT -> {
                if (fragmentLength >= 0) {
                    throw new WsProtocolException("text frame while a fragmented message is unfinished");
                }
                if (fin) {
                    sink.text(buffer, payload, size);
                } else {
                    fragmentLength = 0;
                    append(payload, size);
                }
            }
            case CONTINUATION -> {
                if (fragmentLength < 0) {
                    throw new WsProtocolException("continuation frame without a message to continue");
                }
                append(payload, size);
                if (fin) {
                    int total = fragmentLength;
                    fragmentLength = -1;
                    sink.text(fragments, 0, total);
                }
            }
            case CLOSE, PING, PONG -> {
                if (!fin || size > 125) {
                    throw new WsProtocolException("control frame fragmented or over 125 bytes");
                }
                sink.control(opcode, buffer, payload, size);
            }
            case BINARY -> throw new WsProtocolException("binary frame; the protocol uses text frames only");
            default -> throw new WsProtocolException("frame with unknown opcode " + opcode);
        }
    }

    private void append(int payload, int size) {
        if ((long) fragmentLength + size > maxMessage) {
            throw new WsProtocolException("fragmented message over the limit of " + maxMessage + " bytes");
        }
        if (fragmentLength + size > fragments.length) {
            byte[] bigger = new byte[Math.max(fragmentLength + size, fragments.length * 2)];
            System.arraycopy(fragments, 0, bigger, 0, fragmentLength);
            fragments = bigger;
        }
        System.arraycopy(buffer, payload, fragments, fragmentLength, size);
        fragmentLength += size;
    }

    private void grow(int atLeast) {
        byte[] bigger = new byte[Math.max(atLeast, buffer.length * 2)];
        System.arraycopy(buffer, start, bigger, 0, end - start);
        end -= start;
        start = 0;
        buffer = bigger;
        view = ByteBuffer.wrap(buffer);
    }
}
