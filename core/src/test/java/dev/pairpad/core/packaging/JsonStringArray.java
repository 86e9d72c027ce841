package dev.pairpad.core.packaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parses the exec form of Dockerfile instructions: a JSON array of double-quoted strings, nothing else. */
final class JsonStringArray {
    private JsonStringArray() {
    }

    /** The strings of {@code text}, or empty when it is not exactly a JSON array of strings. */
    static Optional<List<String>> parse(String text) {
        String s = text.strip();
        if (!s.startsWith("[") || !s.endsWith("]")) {
            return Optional.empty();
        }
        List<String> items = new ArrayList<>();
        int i = skipSpaces(s, 1);
        if (s.charAt(i) == ']') {
            return i == s.length() - 1 ? Optional.of(items) : Optional.empty();
        }
        while (true) {
            if (s.charAt(i) != '"') {
                return Optional.empty();
            }
            StringBuilder item = new StringBuilder();
            i++;
            while (i < s.length() && s.charAt(i) != '"') {
                char c = s.charAt(i);
                if (c == '\\') {
                    if (i + 1 >= s.length()) {
                        return Optional.empty();
                    }
                    char escaped = s.charAt(++i);
                    switch (escaped) {
                        case '"', '\\', '/' -> item.append(escaped);
                        case 'n' -> item.append('\n');
                        case 't' -> item.append('\t');
                        default -> {
                            return Optional.empty();
                        }
                    }
                } else {
                    item.append(c);
                }
                i++;
            }
            if (i >= s.length()) {
                return Optional.empty();
            }
            items.add(item.toString());
            i = skipSpaces(s, i + 1);
            if (s.charAt(i) == ']') {
                return i == s.length() - 1 ? Optional.of(items) : Optional.empty();
            }
            if (s.charAt(i) != ',') {
                return Optional.empty();
            }
            i = skipSpaces(s, i + 1);
        }
    }

    private static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length() - 1 && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
