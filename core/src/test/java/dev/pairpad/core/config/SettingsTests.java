package dev.pairpad.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTests {

    @Test
    void commandLineBeatsEnvironmentBeatsYamlBeatsDefault(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("application.yaml");
        Files.writeString(yaml, "pairpad:\n  port: 7000\n  host: 10.0.0.1\n  store: memory\n  ops-burst: 9\n");
        Settings settings = Settings.resolve(Map.of(Setting.PORT, "9000"),
                Map.of("PAIRPAD_PORT", "8000", "PAIRPAD_HOST", "0.0.0.0"), Optional.of(yaml));
        assertThat(settings.integer(Setting.PORT, 0, 65535)).isEqualTo(9000);
        assertThat(settings.source(Setting.PORT)).isEqualTo("option --port");
        assertThat(settings.text(Setting.HOST)).contains("0.0.0.0");
        assertThat(settings.source(Setting.HOST)).isEqualTo("environment variable PAIRPAD_HOST");
        assertThat(settings.text(Setting.STORE)).contains("memory");
        assertThat(settings.integer(Setting.OPS_BURST, 1, 1000)).isEqualTo(9);
        assertThat(settings.source(Setting.OPS_BURST)).contains("application.yaml");
        assertThat(settings.integer(Setting.OPS_PER_SECOND, 1, 1000)).isEqualTo(200);
        assertThat(settings.source(Setting.OPS_PER_SECOND)).isEqualTo("default");
        assertThat(settings.text(Setting.ADMIN_TOKEN)).isEmpty();
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        Settings defaults = Settings.defaults();
        assertThat(defaults.text(Setting.HOST)).contains("127.0.0.1");
        assertThat(defaults.integer(Setting.PORT, 0, 65535)).isEqualTo(8080);
        assertThat(defaults.text(Setting.DATA)).contains("./data");
        assertThat(defaults.text(Setting.STORE)).contains("sqlite");
        assertThat(defaults.text(Setting.JOURNAL_SYNC)).contains("full");
        assertThat(defaults.integer(Setting.MAX_DOCUMENT_BYTES, 1, Long.MAX_VALUE)).isEqualTo(1_048_576);
        assertThat(defaults.integer(Setting.MAX_MESSAGE_BYTES, 1, Long.MAX_VALUE)).isEqualTo(1_048_576);
        assertThat(defaults.integer(Setting.OPS_PER_SECOND, 1, Long.MAX_VALUE)).isEqualTo(200);
        assertThat(defaults.integer(Setting.OPS_BURST, 1, Long.MAX_VALUE)).isEqualTo(400);
        assertThat(defaults.integer(Setting.ROOMS_PER_MINUTE, 1, Long.MAX_VALUE)).isEqualTo(60);
        assertThat(defaults.integer(Setting.MAX_PARTICIPANTS, 1, Long.MAX_VALUE)).isEqualTo(32);
        assertThat(defaults.integer(Setting.MAX_RUN_OUTPUT_BYTES, 1, Long.MAX_VALUE)).isEqualTo(65_536);
        assertThat(defaults.integer(Setting.IDLE_UNLOAD_SECONDS, 0, Long.MAX_VALUE)).isEqualTo(300);
        assertThat(defaults.integer(Setting.ROOM_TTL_DAYS, 1, Long.MAX_VALUE)).isEqualTo(30);
        assertThat(defaults.integer(Setting.SNAPSHOT_EVERY, 1, Long.MAX_VALUE)).isEqualTo(500);
        assertThat(defaults.text(Setting.CORS_ORIGINS)).isEmpty();
        assertThat(defaults.text(Setting.PUBLIC_URL)).isEmpty();
        for (Setting setting : Setting.values()) {
            assertThat(setting.environmentVariable()).isEqualTo("PAIRPAD_" + setting.name());
        }
    }

    @Test
    void aBadValueNamesTheSettingAndWhereItCameFrom() {
        Settings settings = Settings.resolve(Map.of(), Map.of("PAIRPAD_PORT", "http"), Optional.empty());
        assertThatThrownBy(() -> settings.integer(Setting.PORT, 0, 65535))
                .hasMessageContaining("PAIRPAD_PORT").hasMessageContaining("environment variable");
        Settings tooBig = Settings.resolve(Map.of(Setting.PORT, "70000"), Map.of(), Optional.empty());
        assertThatThrownBy(() -> tooBig.integer(Setting.PORT, 0, 65535)).hasMessageContaining("between 0 and 65535");
    }

    @Test
    void anUnknownJournalSyncIsRefusedNamingTheChoicesAndWhereItCameFrom() {
        Settings settings = Settings.resolve(Map.of(), Map.of("PAIRPAD_JOURNAL_SYNC", "sometimes"), Optional.empty());
        assertThatThrownBy(() -> dev.pairpad.core.PairpadServer.builder().settings(settings))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PAIRPAD_JOURNAL_SYNC").hasMessageContaining("full, normal")
                .hasMessageContaining("\"sometimes\"").hasMessageContaining("environment variable");
    }
}
