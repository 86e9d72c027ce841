package dev.pairpad.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.api.ot.TextOperation;
import dev.pairpad.api.protocol.ClientMessage;
import dev.pairpad.api.protocol.DocumentKind;
import dev.pairpad.api.protocol.RoomCreated;
import dev.pairpad.api.protocol.ServerMessage;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.service.registry.Services;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code GET /metrics}: Helidon's metrics observer serving each server's own meters as Prometheus text. */
class MetricsTests {

    private static final String APP = "{scope=\"application\",}";
    private final List<PairpadServer> servers = new ArrayList<>();
    private final List<TestSocket> sockets = new ArrayList<>();

    @AfterEach
    void stop() {
        sockets.forEach(TestSocket::close);
        servers.forEach(PairpadServer::stop);
    }

    @Test
    void twoServersInOneJvmEachReportOnlyTheirOwnOpsAndConnections() {
        PairpadServer first = start();
        PairpadServer second = start();
        typeInOneRoom(first, 2, 2);
        typeInOneRoom(second, 1, 1);

        String one = metrics(first);
        String two = metrics(second);

        // typeInOneRoom opens one more connection after the ops, whose welcome (under the room's lock) shows that
        // every op was broadcast; each op goes to its author (ack) and to the other writers.
        assertThat(sample(one, "pairpad_ops_total" + APP)).isEqualTo(2.0);
        assertThat(sample(one, "pairpad_connections" + APP)).isEqualTo(3.0);
        assertThat(sample(one, "pairpad_connections_opened_total" + APP)).isEqualTo(3.0);
        assertThat(sample(one, "pairpad_op_messages_delivered_total" + APP)).isEqualTo(4.0);
        assertThat(sample(one, "pairpad_op_broadcast_latency_seconds_count" + APP)).isEqualTo(2.0);
        assertThat(sample(one, "pairpad_rooms_loaded" + APP)).isEqualTo(1.0);
        assertThat(sample(two, "pairpad_ops_total" + APP)).isEqualTo(1.0);
        assertThat(sample(two, "pairpad_connections" + APP)).isEqualTo(2.0);
        assertThat(sample(two, "pairpad_op_messages_delivered_total" + APP)).isEqualTo(1.0);
        assertThat(sample(two, "pairpad_op_broadcast_latency_seconds_count" + APP)).isEqualTo(1.0);
        assertThat(first.metrics().opsSequenced()).isEqualTo(2);
        assertThat(second.metrics().opsSequenced()).isEqualTo(1);
        for (String text : List.of(one, two)) {
            assertThat(text.lines().filter(l -> l.startsWith("pairpad_ops_total"))).as(text).hasSize(1);
            assertThat(text).doesNotContain("pairpad_server");
        }
    }

    @Test
    void theLatencyHistogramHasBucketsAndCountsAnOp() {
        PairpadServer server = start();
        String before = metrics(server);
        assertThat(buckets(before)).hasSize(15).allMatch(count -> count == 0.0);
        assertThat(before).contains("# TYPE pairpad_op_broadcast_latency_seconds histogram\n",
                "pairpad_op_broadcast_latency_seconds_bucket{scope=\"application\",le=\"1.0E-4\",}",
                "pairpad_op_broadcast_latency_seconds_bucket{scope=\"application\",le=\"2.5\",}");

        typeInOneRoom(server, 1, 1);

        String after = metrics(server);
        List<Double> buckets = buckets(after);
        assertThat(buckets).hasSize(15).isSorted().endsWith(1.0);
        assertThat(buckets.getFirst()).isLessThanOrEqualTo(1.0);
        assertThat(sample(after, "pairpad_op_broadcast_latency_seconds_count" + APP)).isEqualTo(1.0);
        assertThat(sample(after, "pairpad_op_broadcast_latency_seconds_sum" + APP)).isPositive();
    }

    @Test
    void jvmSystemMetersAndHealthAreServedBesideThePairpadMeters() {
        PairpadServer server = start();
        String text = metrics(server);
        assertThat(text).contains("thread_count{scope=\"base\",}", "memory_usedHeap_bytes{scope=\"base\",}",
                "pairpad_ops_per_second" + APP);
        HttpResponse<String> health = new TestHttp(server).get("/health", Optional.empty());
        assertThat(health.statusCode()).isEqualTo(200);
    }

    @Test
    void aStoppedServersMetersLeaveHelidonsRegistry() {
        PairpadServer stopped = start();
        typeInOneRoom(stopped, 1, 1);
        long registered = opsCounters();
        sockets.forEach(TestSocket::close);
        sockets.clear();
        stopped.stop();
        servers.remove(stopped);
        assertThat(opsCounters()).isEqualTo(registered - 1);

        PairpadServer running = start();

        assertThat(opsCounters()).isEqualTo(registered);
        assertThat(sample(metrics(running), "pairpad_ops_total" + APP)).isEqualTo(0.0);
    }

    private static long opsCounters() {
        return Services.get(MeterRegistry.class).meters(m -> m.id().name().equals("pairpad.ops")).size();
    }

    private PairpadServer start() {
        PairpadServer server = PairpadServer.builder().host("127.0.0.1").port(0).inMemoryStore().build().start();
        servers.add(server);
        return server;
    }

    /** {@code writers} clients join one new room, the first sends {@code ops} acknowledged ops, then one more joins. */
    private void typeInOneRoom(PairpadServer server, int writers, int ops) {
        RoomCreated room = new TestHttp(server).createRoom("");
        List<TestSocket> joined = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            joined.add(TestSocket.joined(server, room.id(), room.interviewerKey(), "w" + i));
        }
        sockets.addAll(joined);
        TestSocket author = joined.getFirst();
        for (int seq = 1; seq <= ops; seq++) {
            author.send(new ClientMessage.Op(seq - 1, seq, TextOperation.builder().retain(seq - 1).insert("x").build(),
                    DocumentKind.CODE));
            author.next(ServerMessage.Ack.class);
        }
        sockets.add(TestSocket.joined(server, room.id(), room.candidateKey(), "late"));
    }

    private static String metrics(PairpadServer server) {
        HttpResponse<String> response = new TestHttp(server).get("/metrics", Optional.empty());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        return response.body();
    }

    /** The value of the one sample line that starts with {@code series} followed by a space. */
    private static double sample(String text, String series) {
        List<String> lines = text.lines().filter(l -> l.startsWith(series + " ")).toList();
        assertThat(lines).as("sample %s in%n%s", series, text).hasSize(1);
        return Double.parseDouble(lines.getFirst().substring(series.length() + 1));
    }

    private static List<Double> buckets(String text) {
        return text.lines().filter(l -> l.startsWith("pairpad_op_broadcast_latency_seconds_bucket{"))
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).toList();
    }
}
