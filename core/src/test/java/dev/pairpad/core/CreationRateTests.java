package dev.pairpad.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.api.protocol.RestCodec;
import dev.pairpad.core.room.Limits;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreationRateTests {

    @Test
    void creatingMoreRoomsPerMinuteThanAllowedIs429WithRetryAfter() {
        Limits limits = new Limits(1 << 20, 1 << 20, 200, 400, 2, 32, 65536, Duration.ofMinutes(5), Duration.ofDays(1),
                500, 8192, Duration.ofSeconds(5));
        PairpadServer server = PairpadServer.builder().port(0).inMemoryStore().limits(limits).build().start();
        try {
            TestHttp http = new TestHttp(server);
            assertThat(http.post("/api/rooms", "", Optional.empty()).statusCode()).isEqualTo(201);
            assertThat(http.post("/api/rooms", "", Optional.empty()).statusCode()).isEqualTo(201);
            HttpResponse<String> third = http.post("/api/rooms", "", Optional.empty());
            assertThat(third.statusCode()).isEqualTo(429);
            assertThat(third.headers().firstValue("Retry-After")).hasValueSatisfying(v ->
                    assertThat(Integer.parseInt(v)).isBetween(1, 60));
            assertThat(RestCodec.decodeProblem(third.body()).detail()).contains("rooms per minute");
        } finally {
            server.stop();
        }
    }
}
