package dev.pairpad.core.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** A copy of the real repository's packaging files (and what they reference) that a test may break on purpose. */
final class RepositoryCopy {
    private static final List<String> COPIED = List.of("pom.xml", ".ci", "bin", "docker", ".github", ".dockerignore",
            ".env.example", "docker-compose.yml", "docker-compose.test.yml", "docker-compose.prod.yml");

    private RepositoryCopy() {
    }

    /** Copies the packaging files, every module's pom and npm manifests, keeping file modes. */
    static Repository of(Repository source, Path target) {
        try {
            for (String path : COPIED) {
                copyTree(source.path(path), target.resolve(path));
            }
            try (Stream<Path> children = Files.list(source.root())) {
                for (Path module : children.filter(p -> Files.isRegularFile(p.resolve("pom.xml"))).toList()) {
                    String name = module.getFileName().toString();
                    for (String file : List.of("pom.xml", "package.json", "package-lock.json")) {
                        copyTree(module.resolve(file), target.resolve(name).resolve(file));
                    }
                }
            }
            Files.createDirectories(target.resolve("testdata/traces"));
            Files.createDirectories(target.resolve("core/src/main/java"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the packaging files to " + target, e);
        }
        return new Repository(target);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path destination = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.createDirectories(destination.getParent());
                    Files.copy(path, destination, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Replaces one exact piece of a file; fails when the piece is not there, so a mutation never silently misses. */
    static void replace(Repository repo, String file, String piece, String replacement) {
        String text = repo.read(file);
        if (!text.contains(piece)) {
            throw new IllegalStateException(file + " no longer contains the text this test breaks: " + piece);
        }
        write(repo, file, text.replace(piece, replacement));
    }

    static void write(Repository repo, String file, String text) {
        try {
            Files.createDirectories(repo.path(file).getParent());
            Files.writeString(repo.path(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
