package dev.pairpad.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/**
 * The config folder: {@code config.properties} (settings such as {@code server}) and {@code rooms.properties}
 * (keys of the rooms this user created). Both are written owner-only (mode 600), the folder mode 700.
 */
final class CliConfig {
    static final String SETTINGS_FILE = "config.properties";
    static final String ROOMS_FILE = "rooms.properties";

    private final Path directory;

    CliConfig(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    /** The {@code server} setting of {@code config.properties}, if any. */
    Optional<String> server() {
        return Optional.ofNullable(load(SETTINGS_FILE).getProperty("server")).filter(s -> !s.isBlank());
    }

    /** Remembers the keys of a room this user created, so later commands need only its id. */
    void rememberRoom(String roomId, String server, String interviewerKey, String candidateKey) {
        Properties rooms = load(ROOMS_FILE);
        rooms.setProperty(roomId + ".server", server);
        rooms.setProperty(roomId + ".interviewerKey", interviewerKey);
        rooms.setProperty(roomId + ".candidateKey", candidateKey);
        store(ROOMS_FILE, rooms, "Keys of the Pairpad rooms created from this account; keep this file private.");
    }

    /** The interviewer key remembered for a room, if this user created it here. */
    Optional<String> interviewerKey(String roomId) {
        return Optional.ofNullable(load(ROOMS_FILE).getProperty(roomId + ".interviewerKey"));
    }

    /** Forgets a deleted room's keys; a room never remembered is left alone. */
    void forgetRoom(String roomId) {
        Properties rooms = load(ROOMS_FILE);
        if (rooms.remove(roomId + ".interviewerKey") != null | rooms.remove(roomId + ".candidateKey") != null
                | rooms.remove(roomId + ".server") != null) {
            store(ROOMS_FILE, rooms, "Keys of the Pairpad rooms created from this account; keep this file private.");
        }
    }

    private Properties load(String file) {
        Properties properties = new Properties();
        Path path = directory.resolve(file);
        if (Files.isRegularFile(path)) {
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
            }
        }
        return properties;
    }

    private void store(String file, Properties properties, String comment) {
        try {
            createPrivateDirectory();
            Path temporary = Files.createTempFile(directory, file, ".tmp");
            setMode(temporary, "rw-------");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, comment);
            }
            Files.move(temporary, directory.resolve(file), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + directory.resolve(file) + ": " + e.getMessage(), e);
        }
    }

    private void createPrivateDirectory() throws IOException {
        if (!Files.isDirectory(directory)) {
            try {
                Files.createDirectories(directory);
                setMode(directory, "rwx------");
            } catch (FileAlreadyExistsException racedWithAnotherProcess) {
                // fine: someone else made it
            }
        }
    }

    private static void setMode(Path path, String mode) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
        }
    }
}
