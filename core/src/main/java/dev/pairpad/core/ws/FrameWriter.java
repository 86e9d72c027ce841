package dev.pairpad.core.ws;

import io.helidon.common.buffers.BufferData;
import io.helidon.common.buffers.DataWriter;
import io.helidon.common.socket.PlainSocket;
import io.helidon.common.socket.TlsSocket;
import io.helidon.webserver.ConnectionContext;
import io.helidon.websocket.WsSession;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes messages as WebSocket text frames, one complete unmasked frame per message and in the given order.
 *
 * <p>On a blocking server socket all frames of one call go to the socket in one write: a blocking socket writes
 * each buffer whole under its write lock, so they never interleave with the frames Helidon itself sends from the
 * reading thread (pongs, the close reply). On any other socket (Helidon's NIO socket shares one staging buffer
 * between writers) each is sent through the session, which serialises its writes.
 */
sealed interface FrameWriter {

    /** Sends every message of {@code messages}, in order. */
    void write(List<String> messages);

    static FrameWriter of(WsSession session) {
        return session.socketContext() instanceof ConnectionContext context
                && context.serverSocket() instanceof PlainSocket plain && !(plain instanceof TlsSocket)
                ? new Direct(context.dataWriter())
                : new PerMessage(session);
    }

    /** The frame of one text message (RFC 6455 5.2: FIN, opcode 1, no mask, shortest length form). */
    static int frame(byte[] payload, byte[] into, int at) {
        int length = payload.length;
        into[at++] = (byte) 0x81;
        if (length < 126) {
            into[at++] = (byte) length;
        } else if (length < 65_536) {
            into[at++] = 126;
            into[at++] = (byte) (length >>> 8);
            into[at++] = (byte) length;
        } else {
            into[at++] = 127;
            for (int shift = 56; shift >= 0; shift -= 8) {
                into[at++] = (byte) ((long) length >>> shift);
            }
        }
        System.arraycopy(payload, 0, into, at, length);
        return at + length;
    }

    static int headerLength(int payloadLength) {
        return payloadLength < 126 ? 2 : payloadLength < 65_536 ? 4 : 10;
    }

    record Direct(DataWriter socket) implements FrameWriter {
        @Override
        public void write(List<String> messages) {
            int count = messages.size();
            byte[][] payloads = new byte[count][];
            int total = 0;
            for (int i = 0; i < count; i++) {
                byte[] payload = messages.get(i).getBytes(StandardCharsets.UTF_8);
                payloads[i] = payload;
                total += headerLength(payload.length) + payload.length;
            }
            byte[] frames = new byte[total];
            int at = 0;
            for (byte[] payload : payloads) {
                at = frame(payload, frames, at);
            }
            socket.writeNow(BufferData.create(frames));
        }
    }

    record PerMessage(WsSession session) implements FrameWriter {
        @Override
        public void write(List<String> messages) {
            for (String message : messages) {
                session.send(message, true);
            }
        }
    }
}
