package dev.pairpad.core.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A checked-out repository (the real one, or a small one a test writes): reads files and resolves paths in it. */
record Repository(Path root) {
    /** Segments of build output, which the files may name although a clean checkout does not have them. */
    private static final Set<String> GENERATED = Set.of("target", "node_modules", "dist");
    private static final Pattern PATH_TOKEN = Pattern.compile("(?<![\\w/.$@{-])((?:[A-Za-z0-9_.-]+/)+[A-Za-z0-9_.*-]+)");

    /** The Pairpad checkout this test runs in: the nearest folder upwards holding {@code .ci/run} and a pom. */
    static Repository current() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve(".ci/run")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return new Repository(dir);
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no folder with .ci/run and pom.xml above " + Path.of("").toAbsolutePath());
    }

    Path path(String relative) {
        return root.resolve(relative).normalize();
    }

    boolean exists(String relative) {
        return Files.exists(path(relative));
    }

    String read(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + relative, e);
        }
    }

    /** Files and folders matching a Docker COPY source (wildcards * ? [..] within one segment). */
    List<String> glob(String pattern) {
        String clean = pattern.startsWith("./") ? pattern.substring(2) : pattern;
        if (clean.equals(".") || clean.isEmpty()) {
            return List.of(".");
        }
        List<String> matches = new ArrayList<>();
        collect("", List.of(clean.split("/")), 0, matches);
        return matches;
    }

    private void collect(String prefix, List<String> segments, int index, List<String> matches) {
        if (index == segments.size()) {
            matches.add(prefix);
            return;
        }
        String segment = segments.get(index);
        Path dir = path(prefix.isEmpty() ? "." : prefix);
        if (!segment.matches(".*[*?\\[].*")) {
            String next = prefix.isEmpty() ? segment : prefix + "/" + segment;
            if (Files.exists(path(next))) {
                collect(next, segments, index + 1, matches);
            }
            return;
        }
        Pattern regex = Pattern.compile(DockerIgnore.segmentRegex(segment));
        try (Stream<Path> children = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
            children.map(child -> child.getFileName().toString()).filter(n -> regex.matcher(n).matches()).sorted()
                    .forEach(name -> collect(prefix.isEmpty() ? name : prefix + "/" + name, segments, index + 1,
                            matches));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /**
     * Repository paths named in a shell command or script that do not exist: tokens like {@code docker/X.java}
     * whose first segment is a top-level folder here, skipping build output (target, node_modules, dist).
     */
    List<String> missingPathsIn(String command) {
        List<String> missing = new ArrayList<>();
        Matcher matcher = PATH_TOKEN.matcher(command);
        while (matcher.find()) {
            String token = matcher.group(1);
            List<String> segments = List.of(token.split("/"));
            if (!Files.isDirectory(path(segments.getFirst())) || segments.getFirst().startsWith(".")
                    || segments.stream().anyMatch(GENERATED::contains) || token.contains("*")) {
                continue;
            }
            if (!exists(token)) {
                missing.add(token);
            }
        }
        return missing;
    }

    boolean isExecutable(String relative) {
        return Files.isRegularFile(path(relative)) && Files.isExecutable(path(relative));
    }
}
