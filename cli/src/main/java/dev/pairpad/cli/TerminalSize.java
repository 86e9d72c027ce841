package dev.pairpad.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Rows and columns of the controlling terminal ({@code stty size}), re-read at most once a second. */
final class TerminalSize {
    private final CliContext context;
    private long readAt;
    private int[] cached = {24, 80};

    TerminalSize(CliContext context) {
        this.context = context;
        cached = new int[] {number("LINES", 24), number("COLUMNS", 80)};
    }

    int[] rowsAndColumns() {
        long now = System.nanoTime();
        if (context.terminal() && (readAt == 0 || now - readAt > TimeUnit.SECONDS.toNanos(1))) {
            readAt = now;
            try {
                Process stty = new ProcessBuilder("sh", "-c", "stty size < /dev/tty").redirectErrorStream(true).start();
                String answer = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
                if (stty.waitFor(1, TimeUnit.SECONDS) && stty.exitValue() == 0 && answer.matches("\\d+ \\d+")) {
                    String[] parts = answer.split(" ");
                    cached = new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
                }
            } catch (IOException e) {
                // keep the last size
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return cached;
    }

    private int number(String variable, int fallback) {
        return context.variable(variable).filter(v -> v.matches("\\d{1,4}")).map(Integer::parseInt).orElse(fallback);
    }
}
