package dev.pairpad.core.bench;

import dev.pairpad.core.metrics.ServerMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What recording one op costs in {@link ServerMetrics}: {@code opSequenced} plus {@code opBroadcast} (three counter
 * and timer updates on Helidon's Micrometer meters), on one thread, with 1 and with 4 servers' metrics alive in the
 * JVM (each live server adds a Prometheus registry to Micrometer's global composite).
 *
 * <p>Usage (after {@code mvn -pl core -am test-compile dependency:build-classpath -Dmdep.includeScope=test
 * -Dmdep.outputFile=target/bench.classpath}): {@code java -cp core/target/test-classes:core/target/classes:$(cat
 * core/target/bench.classpath) dev.pairpad.core.bench.MetricsRecordingBench [opsPerRun] [runs]}; prints one line
 * per server count with the median nanoseconds per recorded op.
 */
public final class MetricsRecordingBench {

    private MetricsRecordingBench() {
    }

    public static void main(String[] args) {
        int opsPerRun = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        System.out.println(machine());
        for (int servers : new int[] {1, 4}) {
            List<ServerMetrics> alive = new ArrayList<>();
            for (int i = 0; i < servers; i++) {
                alive.add(new ServerMetrics());
            }
            ServerMetrics metrics = alive.getFirst();
            double[] nanosPerOp = new double[runs];
            measure(metrics, opsPerRun); // warm-up
            for (int run = 0; run < runs; run++) {
                nanosPerOp[run] = measure(metrics, opsPerRun);
            }
            Arrays.sort(nanosPerOp);
            System.out.printf(Locale.ROOT, "metrics servers_alive=%d ops_per_run=%d runs=%d ns_per_op_median=%.1f "
                    + "ns_per_op_min=%.1f recorded=%d%n", servers, opsPerRun, runs, nanosPerOp[runs / 2], nanosPerOp[0],
                    metrics.opsSequenced());
            alive.forEach(ServerMetrics::close);
        }
    }

    private static double measure(ServerMetrics metrics, int ops) {
        long start = System.nanoTime();
        for (int i = 0; i < ops; i++) {
            long now = System.nanoTime();
            metrics.opSequenced(now);
            metrics.opBroadcast(50_000 + (i & 0xFFFF) * 16L, 3);
        }
        return (System.nanoTime() - start) / (double) ops;
    }

    private static String machine() {
        String cpu = System.getProperty("os.arch");
        String load = "unknown";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
            load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            // not Linux: keep the architecture
        }
        return String.format(Locale.ROOT, "machine cpu=\"%s\" cores=%d load_avg_1min=%s jdk=\"%s\"", cpu,
                Runtime.getRuntime().availableProcessors(), load, System.getProperty("java.runtime.version"));
    }
}
