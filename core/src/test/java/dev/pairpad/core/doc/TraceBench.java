package dev.pairpad.core.doc;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The trace benchmark run by {@code bin/bench}: replays each trace (sequential ones through {@link RoomDocument} and
 * {@link DocumentSequencer}, concurrent ones through OT) after warm-up runs, times several measured runs, and
 * prints {@code trace <name> patches=<n> ms=<median> ops_per_s=<n> ok} (or {@code FAILED <reason>}). Loading and
 * checking the result are not timed. Revisions are stamped with the system clock, as in a room.
 */
public final class TraceBench {
    private TraceBench() {
    }

    /** Usage: {@code TraceBench [--warmup N] [--runs N] [trace.json.gz ...]}; no trace: every one in testdata. */
    public static void main(String[] args) throws IOException {
        int warmup = 15;
        int runs = 15;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> paths.add(Path.of(args[i]));
            }
        }
        if (paths.isEmpty()) {
            try (Stream<Path> files = Files.list(Trace.directory())) {
                paths = files.filter(file -> file.toString().endsWith(".json.gz")).sorted().toList();
            }
        }
        System.out.println(machine() + " warmup=" + warmup + " runs=" + runs);
        boolean failed = false;
        for (Path path : paths) {
            String line = measure(path, warmup, runs);
            failed |= line.contains(" FAILED ");
            System.out.println(line);
        }
        System.exit(failed ? 1 : 0);
    }

    private static String measure(Path path, int warmup, int runs) {
        String name = path.getFileName().toString().replaceFirst("\\.json(\\.gz)?$", "");
        Trace trace;
        try {
            trace = Trace.load(path);
        } catch (RuntimeException e) {
            return "trace " + name + " FAILED cannot load: " + e.getMessage();
        }
        String prefix = "trace " + trace.name() + " patches=" + trace.patches();
        try {
            for (int i = 0; i < warmup; i++) {
                TraceReplay.replay(trace, InstantSource.system());
            }
            double[] millis = new double[runs];
            double[] cpuMillis = new double[runs];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int i = 0; i < runs; i++) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                DocumentSequencer result = TraceReplay.replay(trace, InstantSource.system());
                millis[i] = (System.nanoTime() - start) / 1e6;
                cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                if (!result.text().equals(trace.endContent())) {
                    return prefix + " FAILED the replay does not end at endContent (length " + result.length()
                            + " instead of " + trace.endContent().length() + ")";
                }
            }
            double median = median(millis);
            long opsPerSecond = Math.round(trace.patches() / (median / 1000));
            return String.format(Locale.ROOT, "%s ms=%.1f ops_per_s=%d ok%n  (%s: thread CPU time median %.1f ms, "
                    + "fastest run %.1f ms)", prefix, median, opsPerSecond, trace.name(), median(cpuMillis), millis[0]);
        } catch (RuntimeException e) {
            return prefix + " FAILED " + e;
        }
    }

    /** Sorts {@code values} and returns their median. */
    private static double median(double[] values) {
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static String machine() {
        String cpu = System.getProperty("os.arch");
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
        } catch (IOException | RuntimeException e) {
            // not Linux: keep the architecture
        }
        String load = "unknown";
        try {
            load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return String.format(Locale.ROOT, "machine cpu=\"%s\" cores=%d load_avg_1min=%s jdk=\"%s %s\" os=\"%s %s\" "
                + "max_heap_mb=%d gc=%s", cpu, Runtime.getRuntime().availableProcessors(), load,
                System.getProperty("java.vm.vendor"), System.getProperty("java.runtime.version"),
                System.getProperty("os.name"), System.getProperty("os.version"), Runtime.getRuntime().maxMemory() >> 20,
                String.join("+", ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(bean -> bean.getName().replace(' ', '_')).toList()));
    }
}
