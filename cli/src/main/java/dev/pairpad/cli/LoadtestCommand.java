package dev.pairpad.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code interview loadtest}: typists and readers against a server; prints throughput, latency and server cost. */
@Command(name = "loadtest", mixinStandardHelpOptions = true,
        description = {"Load-test a server and print latency and cost.",
                "N rooms with M clients each; the first K clients of each room type at R",
                "ops/s, the others receive. Prints sent/s, delivered/s, op-to-delivery",
                "latency (p50/p95/p99/max after the warm-up), missing deliveries and, when",
                "the server runs on this machine, its CPU time per delivered update and",
                "peak memory (from /proc). Rooms are created for the test and deleted",
                "afterwards. Bounded: 2000 connections, 1000 ops/s per typist, 600 s.",
                "The clients are lean (plain sockets on one selector thread per two cores,",
                "ops scanned rather than parsed), so the numbers are the server's; plain",
                "http/ws only, and a dropped client is counted, not reconnected."},
        footerHeading = "%nExamples:%n",
        footer = {"  interview loadtest --rooms 50 --clients 4 --rate 20 --duration 30",
                "  interview loadtest --url http://127.0.0.1:8080 --rooms 5 --duration 10",
                "  interview loadtest --rooms 1 --clients 400 --typists 400 --rate 5",
                "  (the server must allow it: --rooms-per-minute, --max-participants,",
                "   --ops-per-second of interview serve)"})
final class LoadtestCommand implements Callable<Integer> {
    static final int MAX_CONNECTIONS = 2000;

    @Spec
    CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL", description = "Server (default: as for every command, see --help).")
    String url;

    @Option(names = "--rooms", paramLabel = "N", defaultValue = "10", description = "Rooms (default: ${DEFAULT-VALUE}).")
    int rooms;

    @Option(names = "--clients", paramLabel = "M", defaultValue = "4",
            description = "Clients per room, typists included (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--typists", paramLabel = "K", defaultValue = "1",
            description = "Typists per room (default: ${DEFAULT-VALUE}).")
    int typists;

    @Option(names = "--rate", paramLabel = "R", defaultValue = "20", description = "Ops per second per typist (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--duration", paramLabel = "S", defaultValue = "20", description = "Seconds of typing (default: ${DEFAULT-VALUE}).")
    int duration;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "3",
            description = "Seconds at the start not measured (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--server-pid", paramLabel = "PID",
            description = "Server process to measure (default: the local process listening on the URL's port).")
    Long serverPid;

    @Option(names = "--heap", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "When the server is local: measure its live heap (jcmd GC.run, GC.heap_info) before and"
                    + " after the clients join (default: on; --no-heap to leave the server alone).")
    boolean heap;

    @Option(names = "--admin-token", paramLabel = "TOKEN", description = "Admin token (default: $PAIRPAD_ADMIN_TOKEN).")
    String adminToken;

    @Option(names = "--verbose", description = "Print the stack trace of an error.")
    boolean verbose;

    private final CliContext context;

    LoadtestCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        validate();
        ServerOptions server = new ServerOptions();
        server.server = url;
        LoadRun.Settings settings = new LoadRun.Settings(server.resolve(context), rooms, clients, typists, rate,
                Duration.ofSeconds(duration), Duration.ofSeconds(warmup), Connect.adminToken(context, adminToken),
                Optional.ofNullable(serverPid), heap);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("loadtest: %d room%s x %d clients (%d typing at %s ops/s) for %d s (first %d s not measured) against %s%n",
                rooms, rooms == 1 ? "" : "s", clients, typists, format(rate), duration, warmup, settings.url());
        out.printf("client machine: %d cores, %s %s, Java %s; generator: %d reader thread%s (NIO selector)%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.version"), Runtime.version(), LoadRun.READERS, LoadRun.READERS == 1 ? "" : "s");
        out.flush();
        LoadRun.Result result = new LoadRun(settings, out).run();
        new LoadReport(result, duration).print(out);
        return result.delivered() < result.expected() ? ExitCodes.SERVER_FAILURE : ExitCodes.OK;
    }

    private void validate() {
        if (rooms < 1 || clients < 2 || typists < 1 || typists > clients) {
            throw new UsageException("need --rooms >= 1, --clients >= 2 and 1 <= --typists <= --clients");
        }
        if ((long) rooms * clients > MAX_CONNECTIONS) {
            throw new UsageException("--rooms x --clients is " + (long) rooms * clients + "; at most "
                    + MAX_CONNECTIONS + " connections");
        }
        if (!(rate > 0) || rate > 1000) {
            throw new UsageException("--rate must be above 0 and at most 1000 ops/s, got " + rate);
        }
        if (duration < 1 || duration > 600 || warmup < 0 || warmup >= duration) {
            throw new UsageException("need 1 <= --duration <= 600 and 0 <= --warmup < --duration");
        }
    }

    static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
