package dev.pairpad.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthTests {

    @Test
    void readinessIsDownWhenTheStoreCannotBeRead(@TempDir Path data) {
        PairpadServer server = PairpadServer.builder().port(0).dataDirectory(data).build().start();
        try {
            TestHttp http = new TestHttp(server);
            assertThat(http.get("/health/ready", Optional.empty()).statusCode()).isEqualTo(200);
            server.store().close();
            assertThat(http.get("/health/ready", Optional.empty()).statusCode()).isEqualTo(503);
            assertThat(http.get("/health/live", Optional.empty()).statusCode()).isEqualTo(200);
        } finally {
            server.stop();
        }
    }
}
