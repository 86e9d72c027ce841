package dev.pairpad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliConfigTests {
    @TempDir
    Path home;

    @Test
    void rememberedKeysAreReadBackAndTheFileIsOwnerOnly() throws Exception {
        Path folder = home.resolve("pairpad");
        CliConfig config = new CliConfig(folder);
        config.rememberRoom("r1", "http://127.0.0.1:8080", "interviewer-key", "candidate-key");
        config.rememberRoom("r2", "http://127.0.0.1:8080", "other-key", "c2");

        assertThat(new CliConfig(folder).interviewerKey("r1")).contains("interviewer-key");
        assertThat(new CliConfig(folder).interviewerKey("r2")).contains("other-key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(CliConfig.ROOMS_FILE))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");

        config.forgetRoom("r1");
        assertThat(new CliConfig(folder).interviewerKey("r1")).isEmpty();
        assertThat(new CliConfig(folder).interviewerKey("r2")).contains("other-key");
    }

    @Test
    void configFolderIsMovedByTheEnvironment() {
        assertThat(CliContext.configDirectoryFor(Map.of("PAIRPAD_CONFIG_DIR", "/tmp/x"), home)).isEqualTo(Path.of("/tmp/x"));
        assertThat(CliContext.configDirectoryFor(Map.of("XDG_CONFIG_HOME", "/tmp/xdg"), home))
                .isEqualTo(Path.of("/tmp/xdg/pairpad"));
        assertThat(CliContext.configDirectoryFor(Map.of(), home)).isEqualTo(home.resolve(".config/pairpad"));
    }

    @Test
    void roomLinksCarryIdKeyAndServer() {
        RoomRef link = RoomRef.parse("https://interviews.acme.dev/r/abc_12-x#k=SECRET-key_1");
        assertThat(link.id()).isEqualTo("abc_12-x");
        assertThat(link.key()).contains("SECRET-key_1");
        assertThat(link.server()).hasValueSatisfying(uri -> assertThat(uri.toString()).isEqualTo("https://interviews.acme.dev"));
        RoomRef bare = RoomRef.parse("abc123");
        assertThat(bare.key()).isEmpty();
        assertThat(bare.server()).isEmpty();
    }
}
