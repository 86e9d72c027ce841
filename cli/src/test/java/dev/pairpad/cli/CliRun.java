package dev.pairpad.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code interview} in-process with captured output, a private config folder and a chosen environment. */
final class CliRun {
    private final Path configDirectory;
    private final Map<String, String> environment = new HashMap<>();

    CliRun(Path configDirectory) {
        this.configDirectory = configDirectory;
    }

    CliRun env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    Result run(String... args) {
        CommandLine line = Interview.commandLine(CliContext.forTests(configDirectory, environment));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** What one run printed and returned. */
    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }
}
