package dev.pairpad.cli;

import java.nio.ByteBuffer;

/** Client frames (RFC 6455 5.2-5.3): FIN set, shortest length form, masked with the given key. */
final class WsFrames {
    private WsFrames() {
    }

    /** One masked frame of {@code opcode} carrying {@code payload}, ready to write. */
    static ByteBuffer frame(int opcode, byte[] payload, int maskKey) {
        int length = payload.length;
        int header = 2 + (length < 126 ? 0 : length < 65536 ? 2 : 8) + 4;
        ByteBuffer out = ByteBuffer.allocate(header + length);
        out.put((byte) (0x80 | opcode));
        if (length < 126) {
            out.put((byte) (0x80 | length));
        } else if (length < 65536) {
            out.put((byte) (0x80 | 126)).putShort((short) length);
        } else {
            out.put((byte) (0x80 | 127)).putLong(length);
        }
        out.putInt(maskKey);
        byte[] mask = {(byte) (maskKey >>> 24), (byte) (maskKey >>> 16), (byte) (maskKey >>> 8), (byte) maskKey};
        byte[] array = out.array();
        int at = out.position();
        for (int i = 0; i < length; i++) {
            array[at + i] = (byte) (payload[i] ^ mask[i & 3]);
        }
        out.position(at + length).flip();
        return out;
    }
}
