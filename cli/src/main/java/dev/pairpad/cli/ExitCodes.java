package dev.pairpad.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The exit codes of every {@code interview} command, as documented in {@code --help}. */
final class ExitCodes {
    static final int OK = 0;
    static final int SERVER_FAILURE = 1;
    static final int USAGE = 2;
    static final int UNREACHABLE = 3;

    private ExitCodes() {
    }

    static Map<String, String> help() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(" 0", "ok");
        codes.put(" 1", "the server refused or failed (message says why)");
        codes.put(" 2", "usage error (bad option, unknown room key, ...)");
        codes.put(" 3", "cannot reach the server");
        return codes;
    }
}
