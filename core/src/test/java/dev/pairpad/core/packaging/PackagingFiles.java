package dev.pairpad.core.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The packaging files of a repository: found by name pattern, so a new compose file or workflow is checked too. */
final class PackagingFiles {
    static final String PRODUCTION = "docker/Dockerfile";
    static final String DEVELOPMENT = "docker/Dockerfile.dev";
    static final String CI = ".github/workflows/ci.yml";
    static final String DEPLOY = ".github/workflows/deploy.yml";

    private PackagingFiles() {
    }

    static List<String> composeFiles(Repository repo) {
        return list(repo, ".", "docker-compose*.yml");
    }

    static List<String> workflows(Repository repo) {
        return list(repo, ".github/workflows", "*.yml");
    }

    static List<String> scripts(Repository repo) {
        List<String> scripts = new java.util.ArrayList<>(list(repo, "docker", "*.sh"));
        scripts.addAll(list(repo, "docker/dev", "*.sh"));
        return scripts;
    }

    /** The shell commands in {@code bin/} ({@code bin/test}, {@code bin/interview}, ...). */
    static List<String> commands(Repository repo) {
        return list(repo, "bin", "*").stream().filter(p -> Files.isRegularFile(repo.path(p))).toList();
    }

    private static List<String> list(Repository repo, String folder, String glob) {
        Path dir = repo.path(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        var matcher = dir.getFileSystem().getPathMatcher("glob:" + glob);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> matcher.matches(p.getFileName())).sorted()
                    .map(p -> repo.root().relativize(p).toString().replace('\\', '/')).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
