package dev.pairpad.core.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Holds a response body until it is closed, then writes it in one piece, so that Helidon sends it with a
 * {@code Content-Length} as it does a {@code String} entity; the JSON-P generator's intermediate flushes would
 * otherwise switch the response to chunked encoding. Install with {@code response.streamFilter(WholeBody::new)}.
 */
final class WholeBody extends OutputStream {

    private final OutputStream out;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream(512);
    private boolean closed;

    WholeBody(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) {
        body.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        body.write(bytes, offset, length);
    }

    /** Nothing leaves before {@link #close()}. */
    @Override
    public void flush() {
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (out) {
            body.writeTo(out);
        }
    }
}
