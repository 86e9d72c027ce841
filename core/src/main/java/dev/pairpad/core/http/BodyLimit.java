package dev.pairpad.core.http;

import java.io.IOException;
import java.io.InputStream;

/**
 * A request body as its reader sees it: past {@code limit} bytes a read fails with {@link TooLarge}; it also
 * remembers whether it held anything but JSON whitespace and whether its end was reached (a blank body).
 *
 * <p>Install with {@code request.streamFilter(limit::wrap)} before the request's content is first touched.
 */
final class BodyLimit extends InputStream {

    private final int limit;
    private InputStream in = InputStream.nullInputStream();
    private long count;
    private boolean content;
    private boolean ended;

    BodyLimit(int limit) {
        this.limit = limit;
    }

    /** Wraps the request's stream; the filter function for {@code ServerRequest.streamFilter}. */
    InputStream wrap(InputStream stream) {
        this.in = stream;
        return this;
    }

    /** True when the whole body was read and held only JSON whitespace (or nothing). */
    boolean blank() {
        return ended && !content;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b < 0) {
            ended = true;
            return b;
        }
        see(b);
        count(1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n < 0) {
            ended = true;
            return n;
        }
        for (int i = 0; i < n && !content; i++) {
            see(buffer[offset + i]);
        }
        count(n);
        return n;
    }

    @Override
    public int available() throws IOException {
        return in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void see(int b) {
        if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
            content = true;
        }
    }

    private void count(int n) throws TooLarge {
        count += n;
        if (count > limit) {
            throw new TooLarge(limit);
        }
    }

    /** The body went past the limit; thrown from a read, so JSON-P and JSON-B wrap it as their cause. */
    static final class TooLarge extends IOException {
        final int limit;

        TooLarge(int limit) {
            super("request body is over the limit of " + limit + " bytes");
            this.limit = limit;
        }
    }
}
