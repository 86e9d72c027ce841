package dev.pairpad.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The server as a separate JVM ({@link PairpadMain} on this test's classpath), to be killed like a real process. */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final String url;

    private ServerProcess(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    static ServerProcess start(Path data, String... options) {
        try {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", System.getProperty("java.class.path"), PairpadMain.class.getName(),
                    "--host", "127.0.0.1", "--port", "0", "--data", data.toString()));
            command.addAll(List.of(options));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            while (true) {
                String line = reader.readLine();
                if (line == null) {
                    throw new AssertionError("server process ended before listening: " + lines);
                }
                lines.add(line);
                if (line.startsWith("Pairpad listening on ")) {
                    String url = line.substring("Pairpad listening on ".length()).strip();
                    Thread.ofVirtual().start(() -> reader.lines().forEach(l -> { }));
                    return new ServerProcess(process, url);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return url;
    }

    /** SIGKILL: no shutdown hook, no flush. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    @Override
    public void close() throws InterruptedException {
        process.toHandle().destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
