package dev.pairpad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The frame decoder hands over the same messages however the byte stream is cut into reads. */
class WsFrameDecoderTests {
    private static final String MEDIUM = "x".repeat(300);

    /** Unmasked server frames: a short text, a 16-bit-length text, a ping, a fragmented text, a masked text. */
    private static byte[] stream() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(frame(true, WsFrameDecoder.TEXT, "{\"type\":\"op\",\"rev\":1}"));
        out.writeBytes(frame(true, WsFrameDecoder.TEXT, MEDIUM));
        out.writeBytes(frame(true, WsFrameDecoder.PING, "are you there"));
        out.writeBytes(frame(false, WsFrameDecoder.TEXT, "frag"));
        out.writeBytes(frame(false, WsFrameDecoder.CONTINUATION, "men"));
        out.writeBytes(frame(true, WsFrameDecoder.CONTINUATION, "ted é"));
        ByteBuffer masked = WsFrames.frame(WsFrameDecoder.TEXT, "masked ✓".getBytes(StandardCharsets.UTF_8), 0x12345678);
        out.write(masked.array(), 0, masked.limit());
        out.writeBytes(frame(true, WsFrameDecoder.TEXT, ""));
        return out.toByteArray();
    }

    private static final List<String> EXPECTED = List.of("text {\"type\":\"op\",\"rev\":1}", "text " + MEDIUM,
            "control 9 are you there", "text fragmented é", "text masked ✓", "text ");

    @Test
    void severalFramesInOneReadAllComeOutInOrder() {
        Recorder recorder = new Recorder();
        WsFrameDecoder decoder = new WsFrameDecoder(16, 1 << 20);
        byte[] stream = stream();
        decoder.feed(stream, 0, stream.length);
        decoder.decode(recorder);
        assertThat(recorder.events).isEqualTo(EXPECTED);
        assertThat(decoder.available()).isZero();
    }

    @Test
    void framesSplitAcrossTwoReadsAtEveryPositionDecodeTheSame() {
        byte[] stream = stream();
        for (int cut = 0; cut <= stream.length; cut++) {
            Recorder recorder = new Recorder();
            WsFrameDecoder decoder = new WsFrameDecoder(16, 1 << 20);
            decoder.feed(stream, 0, cut);
            decoder.decode(recorder);
            decoder.feed(stream, cut, stream.length - cut);
            decoder.decode(recorder);
            assertThat(recorder.events).as("cut at %d", cut).isEqualTo(EXPECTED);
        }
    }

    @Test
    void aStreamReadOneByteAtATimeDecodesTheSame() {
        byte[] stream = stream();
        Recorder recorder = new Recorder();
        WsFrameDecoder decoder = new WsFrameDecoder(16, 1 << 20);
        for (int i = 0; i < stream.length; i++) {
            decoder.feed(stream, i, 1);
            decoder.decode(recorder);
        }
        assertThat(recorder.events).isEqualTo(EXPECTED);
    }

    @Test
    void aMessageWithA64BitLengthLargerThanTheBufferGrowsItAcrossReads() {
        String big = "y".repeat(70_000);
        byte[] stream = frame(true, WsFrameDecoder.TEXT, big);
        assertThat(stream[1]).isEqualTo((byte) 127);
        Recorder recorder = new Recorder();
        WsFrameDecoder decoder = new WsFrameDecoder(64, 1 << 20);
        int at = 0;
        while (at < stream.length) {
            ByteBuffer target = decoder.readBuffer();
            int n = Math.min(Math.min(4096, stream.length - at), target.remaining());
            target.put(stream, at, n);
            decoder.filled(target);
            at += n;
            decoder.decode(recorder);
        }
        assertThat(recorder.events).containsExactly("text " + big);
    }

    @Test
    void framesBreakingTheProtocolAreRefusedWithTheReason() {
        WsFrameDecoder binary = new WsFrameDecoder(64, 1 << 20);
        byte[] frame = frame(true, WsFrameDecoder.BINARY, "abc");
        binary.feed(frame, 0, frame.length);
        assertThatThrownBy(() -> binary.decode(new Recorder())).isInstanceOf(WsProtocolException.class)
                .hasMessageContaining("binary");

        WsFrameDecoder reserved = new WsFrameDecoder(64, 1 << 20);
        byte[] rsv = frame(true, WsFrameDecoder.TEXT, "abc");
        rsv[0] |= 0x40;
        reserved.feed(rsv, 0, rsv.length);
        assertThatThrownBy(() -> reserved.decode(new Recorder())).hasMessageContaining("reserved bits");

        WsFrameDecoder orphan = new WsFrameDecoder(64, 1 << 20);
        byte[] continuation = frame(true, WsFrameDecoder.CONTINUATION, "abc");
        orphan.feed(continuation, 0, continuation.length);
        assertThatThrownBy(() -> orphan.decode(new Recorder())).hasMessageContaining("continuation");
    }

    @Test
    void aFrameOverTheLimitIsRefusedFromItsHeaderAlone() {
        WsFrameDecoder decoder = new WsFrameDecoder(64, 1000);
        byte[] header = Arrays.copyOf(frame(true, WsFrameDecoder.TEXT, "z".repeat(2000)), 4);
        decoder.feed(header, 0, header.length);
        assertThatThrownBy(() -> decoder.decode(new Recorder())).isInstanceOf(WsProtocolException.class)
                .hasMessageContaining("over the limit of 1000");
    }

    /** One unmasked frame as a server sends it, in the shortest length form. */
    static byte[] frame(boolean fin, int opcode, String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(payload.length + 10);
        out.put((byte) ((fin ? 0x80 : 0) | opcode));
        if (payload.length < 126) {
            out.put((byte) payload.length);
        } else if (payload.length < 65536) {
            out.put((byte) 126).putShort((short) payload.length);
        } else {
            out.put((byte) 127).putLong(payload.length);
        }
        out.put(payload);
        return Arrays.copyOf(out.array(), out.position());
    }

    private static final class Recorder implements WsFrameDecoder.Sink {
        final List<String> events = new ArrayList<>();

        @Override
        public void text(byte[] data, int offset, int length) {
            events.add("text " + new String(data, offset, length, StandardCharsets.UTF_8));
        }

        @Override
        public void control(int opcode, byte[] data, int offset, int length) {
            events.add("control " + opcode + " " + new String(data, offset, length, StandardCharsets.UTF_8));
        }
    }
}
