package dev.pairpad.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class EscapingWriterTests {

    @Test
    void loneSurrogatesAndLineSeparatorsBecomeEscapesWhilePairsPassThrough() throws IOException {
        assertThat(through("a\ud83d\ude00b")).isEqualTo("a\ud83d\ude00b");
        assertThat(through("a\ud800b")).isEqualTo("a\\ud800b");
        assertThat(through("a\udc00b\ud800")).isEqualTo("a\\udc00b\\ud800");
        assertThat(through("\ud800\ud800\ude00")).isEqualTo("\\ud800\ud800\ude00");
        assertThat(through("x\u2028y\u2029z")).isEqualTo("x\\u2028y\\u2029z");
        assertThat(through("plain \"json\" é")).isEqualTo("plain \"json\" é");
    }

    @Test
    void aPairSplitAcrossWritesIsKeptWhole() throws IOException {
        StringWriter sink = new StringWriter();
        try (EscapingWriter writer = new EscapingWriter(sink)) {
            writer.write("\"a\ud83d".toCharArray(), 0, 3);
            writer.write("\ude00\"", 0, 2);
            writer.write('\ud83d');
            writer.write('"');
        }
        assertThat(sink.toString()).isEqualTo("\"a\ud83d\ude00\"\\ud83d\"");
    }

    private static String through(String text) throws IOException {
        StringWriter sink = new StringWriter();
        try (EscapingWriter writer = new EscapingWriter(sink)) {
            writer.write(text);
        }
        return sink.toString();
    }
}
