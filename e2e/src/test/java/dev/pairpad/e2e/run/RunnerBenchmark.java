package dev.pairpad.e2e.run;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Benchmark (not a test) of the browser runners, run by {@code bin/bench-runners}: page load to ready with a cold
 * and a warm HTTP cache, first-run and re-run latency, and the time from Stop until the next run has finished.
 */
public final class RunnerBenchmark {

    private static final int WARM_LOADS = 3;
    private static final int RERUNS = 30;
    private static final int PAUSE_MS = 100; // between re-runs, as between two presses of Run

    private RunnerBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        try (RunnerServer server = new RunnerServer(); Chromium chromium = new Chromium()) {
            System.out.println("Machine: " + machine() + "; Chromium " + chromium.version() + "; Java "
                    + Runtime.version() + "; server and browser on the same machine (127.0.0.1), fresh profile with"
                    + " a disk cache per language; load average before: " + loadAverage());
            for (String language : List.of("python", "javascript")) {
                Path profile = Files.createTempDirectory("pairpad-bench-profile");
                BrowserContext context = chromium.persistentContext(profile);
                try {
                    bench(context, server, language, profile);
                } finally {
                    context.close();
                    try (var files = Files.walk(profile)) {
                        files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
                    }
                }
            }
            System.out.println("Load average after: " + loadAverage());
            System.out.printf(Locale.ROOT, "%nServer requests for the Python runtime over all loads: wasm %d, stdlib %d%n",
                    server.paths().stream().filter(p -> p.endsWith("pyodide.asm.wasm")).count(),
                    server.paths().stream().filter(p -> p.endsWith("python_stdlib.zip")).count());
        }
    }

    private static void bench(BrowserContext context, RunnerServer server, String language, Path profile) {
        String trivial = language.equals("python") ? "x = 1" : "let x = 1;";
        String print = language.equals("python") ? "print('hi')" : "console.log('hi')";
        String loop = language.equals("python") ? "print('started')\nwhile True:\n    pass\n"
                : "console.log('started');\nwhile (true) {}\n";

        Page cold = open(context, server, language);
        double coldReady = number(cold, "harness.readyAt");
        double firstRun = time(cold, print, 0);
        List<Double> reruns = new ArrayList<>();
        for (int i = 0; i < RERUNS; i++) {
            reruns.add(time(cold, trivial, PAUSE_MS));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> stop = (Map<String, Object>) cold.evaluate(
                "([code, trivial]) => harness.stopToReady(code, 'started', trivial)", List.of(loop, trivial));
        Map<String, Object> hardStop = language.equals("python") ? stopToReady(cold,
                "import time\nprint('started', flush=True)\ntime.sleep(100)\n", trivial) : null;
        cold.close();

        List<Double> warm = new ArrayList<>();
        List<Double> warmCpu = new ArrayList<>();
        for (int i = 0; i < WARM_LOADS; i++) {
            double cpuBefore = ProcessCpu.browserSeconds(profile);
            Page page = open(context, server, language);
            warm.add(number(page, "harness.readyAt"));
            if (language.equals("python")) {
                System.out.println("  (warm load " + (i + 1) + ", ms: " + page.evaluate(
                        "() => JSON.stringify(harness.runner.loadTimings, (k, v) => typeof v === 'number' ? Math.round(v) : v)")
                        + ")");
            }
            warmCpu.add(ProcessCpu.browserSeconds(profile) - cpuBefore);
            page.close();
        }

        System.out.printf(Locale.ROOT, "%n%s%n", language);
        System.out.printf(Locale.ROOT, "  page load -> ready, cold cache   %8.0f ms%n", coldReady);
        System.out.printf(Locale.ROOT, "  page load -> ready, warm cache   %8.0f ms (median of %d; all %s)%n",
                median(warm), WARM_LOADS, rounded(warm));
        System.out.printf(Locale.ROOT, "  CPU used by Chromium for a warm load %4.2f s median (all %s s)%n",
                median(warmCpu), warmCpu.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList());
        System.out.printf(Locale.ROOT, "  first run (print)                %8.1f ms%n", firstRun);
        System.out.printf(Locale.ROOT, "  re-run (trivial)                 %8.1f ms median, %.1f ms p90 (%d runs, %d ms apart)%n",
                median(reruns), percentile(reruns, 0.9), RERUNS, PAUSE_MS);
        System.out.printf(Locale.ROOT, "  endless loop: stop -> stopped    %8.1f ms (%s)%n",
                ((Number) stop.get("stoppedMs")).doubleValue(), stop.get("status"));
        System.out.printf(Locale.ROOT, "  endless loop: stop -> next run   %8.1f ms%n", ((Number) stop.get("readyMs")).doubleValue());
        if (hardStop != null) {
            System.out.printf(Locale.ROOT, "  time.sleep: stop -> next run     %8.1f ms (%s, through the spare)%n",
                    ((Number) hardStop.get("readyMs")).doubleValue(), hardStop.get("status"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stopToReady(Page page, String code, String trivial) {
        return (Map<String, Object>) page.evaluate(
                "([code, trivial]) => harness.stopToReady(code, 'started', trivial)", List.of(code, trivial));
    }

    private static Page open(BrowserContext context, RunnerServer server, String language) {
        Page page = context.newPage();
        page.setDefaultTimeout(180_000);
        page.navigate(server.origin() + "/harness/harness.html");
        page.waitForSelector("body[data-harness=ready]");
        page.evaluate("id => harness.load(id)", language);
        return page;
    }

    private static double time(Page page, String code, int pauseMs) {
        return ((Number) page.evaluate("([code, pause]) => harness.timeRun(code, 10000, pause).then(r => r.ms)",
                List.of(code, pauseMs))).doubleValue();
    }

    private static double number(Page page, String expression) {
        return ((Number) page.evaluate("() => " + expression)).doubleValue();
    }

    private static double median(List<Double> values) {
        return percentile(values, 0.5);
    }

    private static double percentile(List<Double> values, double fraction) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(fraction * sorted.size())));
    }

    private static String rounded(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList().toString();
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).trim().replaceAll(" \\S+ \\S+$", "");
    }

    private static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(line -> line.startsWith("model name")).findFirst()
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown CPU");
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name")
                + " " + System.getProperty("os.version");
    }
}
