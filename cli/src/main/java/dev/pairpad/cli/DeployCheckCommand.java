package dev.pairpad.cli;

import dev.pairpad.api.client.PairpadClient;
import dev.pairpad.api.client.PairpadUnreachableException;
import dev.pairpad.api.client.RoomSession;
import dev.pairpad.api.client.SessionEvent;
import dev.pairpad.api.protocol.CreateRoomRequest;
import dev.pairpad.api.protocol.LanguageInfo;
import dev.pairpad.api.protocol.RoomCreated;
import dev.pairpad.api.protocol.RoomView;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code interview deploy check}: smoke-tests a running deployment step by step; names the step that failed. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Smoke-test a deployment.",
                "Steps: health, languages, create a room, join it over WebSocket with two",
                "clients, make an edit and see it arrive, read it back, delete the room.",
                "Prints each step with its latency; exits non-zero naming the first step",
                "that failed."},
        footerHeading = "%nExamples:%n",
        footer = {"  interview deploy check https://acme-interviews.fly.dev",
                "  interview deploy check http://127.0.0.1:8080 --admin-token \"$PAIRPAD_ADMIN_TOKEN\""})
final class DeployCheckCommand implements Callable<Integer> {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "URL", description = "The deployment's public address.")
    String url;

    @Option(names = "--admin-token", paramLabel = "TOKEN",
            description = "Admin token, if the deployment requires one to create rooms (default: $PAIRPAD_ADMIN_TOKEN).")
    String adminToken;

    @Option(names = "--verbose", description = "Print the stack trace of an error.")
    boolean verbose;

    private final CliContext context;
    private PrintWriter out;

    DeployCheckCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        out = spec.commandLine().getOut();
        PairpadClient.Builder builder = PairpadClient.builder(ServerOptions.parse(url)).timeout(WAIT);
        Connect.adminToken(context, adminToken).ifPresent(builder::adminToken);
        PairpadClient client = builder.build();
        out.println("Checking " + client.server() + " ...");
        step("health", () -> {
            client.health();
            return "GET /health answered 200";
        });
        step("languages", () -> {
            List<LanguageInfo> languages = client.languages();
            if (languages.isEmpty()) {
                throw new IllegalStateException("the server offers no language");
            }
            return String.join(", ", languages.stream().map(LanguageInfo::id).toList());
        });
        RoomCreated room = step("create room", () -> client.createRoom(
                new CreateRoomRequest(Optional.of("deploy check"), Optional.empty(), Optional.of(""))), r -> "room " + r.id());
        try {
            String text = "print('deploy check')\n";
            CompletableFuture<Long> seen = new CompletableFuture<>();
            RoomSession watcher = step("websocket join", () -> client.session(room.id(), room.candidateKey())
                    .name("deploy check (watcher)").observe().listener(event -> {
                        if (event instanceof SessionEvent.RemoteEdit) {
                            seen.complete(System.nanoTime());
                        }
                    }).open(), s -> "observer joined");
            try (watcher; RoomSession editor = step("websocket join (editor)", () -> client.session(room.id(),
                    room.interviewerKey()).name("deploy check").open(), s -> "interviewer joined")) {
                step("edit round trip", () -> {
                    long sent = System.nanoTime();
                    editor.insert(0, text);
                    await(editor.settled(), "the acknowledgement of the edit");
                    long acked = System.nanoTime();
                    long arrived = await(seen, "the edit at the second client");
                    return String.format("acknowledged in %.1f ms, seen by the other client in %.1f ms",
                            (acked - sent) / 1e6, (arrived - sent) / 1e6);
                });
            }
            step("read back", () -> {
                RoomView view = client.room(room.id(), room.interviewerKey());
                if (!view.code().equals(text)) {
                    throw new IllegalStateException("the room's code is " + view.code().length()
                            + " characters, expected the " + text.length() + " just typed");
                }
                return "revision " + view.rev() + " has the edit";
            });
        } finally {
            step("delete room", () -> {
                client.delete(room.id(), room.interviewerKey());
                return "room " + room.id() + " deleted";
            });
        }
        out.println("All checks passed.");
        out.flush();
        return ExitCodes.OK;
    }

    private void step(String name, Supplier<String> action) {
        step(name, action::get, s -> s);
    }

    private <T> T step(String name, Supplier<T> action, Function<T, String> describe) {
        long start = System.nanoTime();
        try {
            T result = action.get();
            out.println(String.format("  ok    %-24s %7.1f ms  %s", name, (System.nanoTime() - start) / 1e6,
                    describe.apply(result)));
            out.flush();
            return result;
        } catch (RuntimeException e) {
            out.println(String.format("  FAIL  %-24s %7.1f ms", name, (System.nanoTime() - start) / 1e6));
            out.flush();
            throw new DeployCheckException(name, e);
        }
    }

    private static <T> T await(CompletableFuture<T> future, String what) {
        try {
            return future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no " + what + " within " + WAIT.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new IllegalStateException("waiting for " + what + " failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what);
        }
    }

    /** A step of the check failed; the exit code is the cause's. */
    static final class DeployCheckException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String step;

        DeployCheckException(String step, RuntimeException cause) {
            super("deploy check failed at step '" + step + "': " + (cause instanceof PairpadUnreachableException
                    ? cause.getMessage() + "; is the deployment up, and is the URL right?" : ErrorHandler.message(cause)),
                    cause);
            this.step = step;
        }

        String step() {
            return step;
        }
    }
}
