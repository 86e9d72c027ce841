package dev.pairpad.core.packaging;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The rules of a {@code .dockerignore}: the last pattern matching a path (or a folder above it) decides. */
final class DockerIgnore {
    private record Rule(Pattern pattern, boolean exclude, String text) {
    }

    private final List<Rule> rules;

    private DockerIgnore(List<Rule> rules) {
        this.rules = rules;
    }

    static DockerIgnore parse(String text) {
        List<Rule> rules = new ArrayList<>();
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean exclude = !line.startsWith("!");
            String pattern = exclude ? line : line.substring(1).strip();
            while (pattern.startsWith("/") || pattern.startsWith("./")) {
                pattern = pattern.substring(pattern.startsWith("/") ? 1 : 2);
            }
            if (pattern.endsWith("/")) {
                pattern = pattern.substring(0, pattern.length() - 1);
            }
            rules.add(new Rule(Pattern.compile(pathRegex(pattern)), exclude, line));
        }
        return new DockerIgnore(List.copyOf(rules));
    }

    /** True when a build context sent with these rules would not contain {@code relative}. */
    boolean excludes(String relative) {
        String path = relative.startsWith("./") ? relative.substring(2) : relative;
        if (path.equals(".") || path.isEmpty()) {
            return false;
        }
        boolean excluded = false;
        for (Rule rule : rules) {
            if (matchesItselfOrParent(rule.pattern(), path)) {
                excluded = rule.exclude();
            }
        }
        return excluded;
    }

    private static boolean matchesItselfOrParent(Pattern pattern, String path) {
        String candidate = path;
        while (true) {
            if (pattern.matcher(candidate).matches()) {
                return true;
            }
            int slash = candidate.lastIndexOf('/');
            if (slash < 0) {
                return false;
            }
            candidate = candidate.substring(0, slash);
        }
    }

    static String pathRegex(String pattern) {
        StringBuilder regex = new StringBuilder();
        String[] segments = pattern.split("/");
        for (int i = 0; i < segments.length; i++) {
            boolean last = i == segments.length - 1;
            if (segments[i].equals("**")) {
                regex.append(last ? ".*" : "(?:.*/)?");
            } else {
                regex.append(segmentRegex(segments[i]));
                if (!last) {
                    regex.append('/');
                }
            }
        }
        return regex.toString();
    }

    /** Go's filepath.Match for one path segment: * and ? never cross a slash; [..] classes pass through. */
    static String segmentRegex(String segment) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            switch (c) {
                case '*' -> regex.append("[^/]*");
                case '?' -> regex.append("[^/]");
                case '[' -> {
                    int end = segment.indexOf(']', i);
                    if (end < 0) {
                        regex.append("\\[");
                    } else {
                        String body = segment.substring(i + 1, end);
                        regex.append('[').append(body.startsWith("!") ? "^" + body.substring(1) : body).append(']');
                        i = end;
                    }
                }
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
