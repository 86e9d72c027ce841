package dev.pairpad.core.http;

import static dev.pairpad.core.http.RestApiTests.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pairpad.core.PairpadServer;
import dev.pairpad.core.TestHttp;
import dev.pairpad.core.config.Settings;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreateRequiresAdminTests {

    private static final String TOKEN = "admin-token-for-creation";

    private static PairpadServer server(PairpadServer.Builder builder) {
        return builder.host("127.0.0.1").port(0).inMemoryStore().roomsPerMinute(100_000).build().start();
    }

    @Test
    void withTheSettingOnOnlyTheAdminTokenCreatesRooms() {
        PairpadServer server = server(PairpadServer.builder().adminToken(TOKEN).createRequiresAdmin(true));
        try {
            TestHttp http = new TestHttp(server);
            assertProblem(http.post("/api/rooms", "{}", Optional.empty()), 401, "needs the admin token");
            assertProblem(http.post("/api/rooms", "{}", Optional.of("not-the-token")), 401, "needs the admin token");
            assertThat(http.post("/api/rooms", "{}", Optional.of(TOKEN)).statusCode()).isEqualTo(201);
        } finally {
            server.stop();
        }
    }

    @Test
    void withTheSettingOffAnyoneCreatesRoomsEvenWhenAnAdminTokenIsSet() {
        PairpadServer server = server(PairpadServer.builder().adminToken(TOKEN));
        try {
            assertThat(new TestHttp(server).post("/api/rooms", "{}", Optional.empty()).statusCode()).isEqualTo(201);
        } finally {
            server.stop();
        }
    }

    @Test
    void theSettingIsReadFromTheEnvironmentAndTurnsOnEnforcement() {
        Settings settings = Settings.resolve(Map.of(), Map.of("PAIRPAD_CREATE_REQUIRES_ADMIN", "TRUE",
                "PAIRPAD_ADMIN_TOKEN", TOKEN, "PAIRPAD_STORE", "memory", "PAIRPAD_PORT", "0"), Optional.empty());
        PairpadServer server = server(PairpadServer.builder().settings(settings));
        try {
            TestHttp http = new TestHttp(server);
            assertProblem(http.post("/api/rooms", "{}", Optional.empty()), 401, "needs the admin token");
            assertThat(http.post("/api/rooms", "{}", Optional.of(TOKEN)).statusCode()).isEqualTo(201);
        } finally {
            server.stop();
        }
    }

    @Test
    void requiringTheAdminTokenWithoutOneRefusesToStartNamingBothSettings() {
        assertThatThrownBy(() -> PairpadServer.builder().createRequiresAdmin(true).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PAIRPAD_CREATE_REQUIRES_ADMIN").hasMessageContaining("PAIRPAD_ADMIN_TOKEN");
    }

    @Test
    void aValueOtherThanTrueOrFalseNamesTheSettingAndItsSource() {
        Settings settings = Settings.resolve(Map.of(), Map.of("PAIRPAD_CREATE_REQUIRES_ADMIN", "yes"), Optional.empty());
        assertThatThrownBy(() -> PairpadServer.builder().settings(settings))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PAIRPAD_CREATE_REQUIRES_ADMIN").hasMessageContaining("\"yes\"")
                .hasMessageContaining("environment variable");
    }
}
