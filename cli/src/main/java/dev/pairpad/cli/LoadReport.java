package dev.pairpad.cli;

import java.io.PrintWriter;

/** Prints a {@link LoadRun.Result}: throughput, latency quantiles, losses, errors, server cost. */
record LoadReport(LoadRun.Result result, int durationSeconds) {

    void print(PrintWriter out) {
        LatencyHistogram latency = result.latency();
        out.printf("sent:       %,d ops (%,.1f ops/s), in %,d messages (%.2f ops each: the OT client keeps one"
                        + " message in flight and composes what is typed meanwhile)%n", result.sent(),
                result.sent() / (double) durationSeconds, result.acknowledged(),
                result.acknowledged() == 0 ? 0 : result.sent() / (double) result.acknowledged());
        out.printf("delivered:  %,d updates (%,.1f updates/s); measured window %.1f s: %,d updates (%,.1f/s)%n",
                result.delivered(), result.delivered() / (double) durationSeconds, result.measuredSeconds(),
                result.measuredDeliveries(), result.measuredDeliveries() / result.measuredSeconds());
        out.printf("missing:    %,d of %,d expected deliveries%n", Math.max(0, result.expected() - result.delivered()),
                result.expected());
        out.printf("latency op -> delivery: p50 %s  p95 %s  p99 %s  max %s  (%,d samples)%n",
                millis(latency.quantile(0.50)), millis(latency.quantile(0.95)), millis(latency.quantile(0.99)),
                millis(latency.max()), latency.count());
        if (!result.errors().isEmpty() || result.disconnects() > 0) {
            out.printf("errors:     %s; disconnects: %d%n", result.errors(), result.disconnects());
            result.errorExamples().forEach((code, message) -> out.printf("  first %s: %s%n", code, message));
            if (!result.firstDisconnect().isEmpty()) {
                out.printf("  first disconnect: %s%n", result.firstDisconnect());
            }
        }
        result.server().ifPresentOrElse(server -> {
            double perUpdate = result.measuredDeliveries() == 0 ? 0
                    : server.cpuSeconds() * 1e6 / result.measuredDeliveries();
            out.printf("server pid %d%s: %.2f s CPU in the measured window = %.1f us per delivered update;"
                            + " peak RSS %,.0f MB%n",
                    server.pid(), server.sameProcess() ? " (same process as the load generator, CPU includes both)" : "",
                    server.cpuSeconds(), perUpdate, server.peakResidentBytes() / 1048576.0);
            if (server.heapGrowthWhileConnecting().isEmpty()) {
                out.printf("server RSS grew %,.0f KB while %d clients connected (%.1f KB each; heap sizing makes this"
                                + " rough, jcmd gives the live heap)%n", server.residentGrowthWhileConnecting() / 1024.0,
                        server.connections(), server.residentGrowthWhileConnecting() / 1024.0 / server.connections());
            }
            server.heapGrowthWhileConnecting().ifPresent(heap -> out.printf("server live heap after full GC grew %,.0f KB"
                    + " when %d clients joined: %.1f KB per participant (rooms' documents included)%n", heap / 1024.0,
                    server.connections(), heap / 1024.0 / server.connections()));
        }, () -> out.println("server:     not on this machine (or not found); pass --server-pid to measure it"));
        out.printf("load generator (this process): %.2f s CPU in the measured window (%.0f%% of one core)%n",
                result.generatorCpuSeconds(), 100 * result.generatorCpuSeconds() / result.measuredSeconds());
        out.flush();
    }

    private static String millis(long nanos) {
        return String.format("%.2f ms", nanos / 1e6);
    }
}
