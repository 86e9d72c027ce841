package dev.pairpad.cli;

import dev.pairpad.core.PairpadServer;
import dev.pairpad.core.config.Setting;
import dev.pairpad.core.config.Settings;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code interview serve}: runs the whole Pairpad server in this process until SIGTERM or Ctrl+C.
 *
 * <p>One option per {@link Setting} (added from that table, so help and settings never drift apart); each also
 * comes from its environment variable or key {@code pairpad.<option>} of {@code application.yaml} in the working
 * directory (or {@code --config FILE}). On SIGTERM the server stops accepting, commits the journal and closes
 * sockets with 1001 Going Away.
 */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = "Run the Pairpad server (web app, REST, WebSocket) until stopped.",
        modelTransformer = ServeCommand.SettingOptions.class,
        footerHeading = "%nEvery option can also be set by its environment variable (PAIRPAD_PORT, ...) or in "
                + "application.yaml (pairpad.port: 8080).%n",
        footer = "")
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandSpec spec;

    @CommandLine.Option(names = "--config", paramLabel = "FILE",
            description = "application.yaml to read (default: application.yaml in the working directory).")
    private Path config;

    private final CliContext context;

    ServeCommand(CliContext context) {
        this.context = context;
    }

    /** Adds {@code --<option>} for every {@link Setting}. */
    static final class SettingOptions implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec command) {
            for (Setting setting : Setting.values()) {
                String fallback = setting.defaultValue().isEmpty() ? "unset" : setting.defaultValue();
                command.addOption(OptionSpec.builder("--" + setting.option())
                        .paramLabel(setting.option().toUpperCase().replace('-', '_'))
                        .type(String.class)
                        .description(setting.description() + " Env " + setting.environmentVariable()
                                + "; default " + fallback + ".")
                        .build());
            }
            return command;
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        Map<Setting, String> options = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            OptionSpec option = spec.findOption("--" + setting.option());
            String value = option == null ? null : option.getValue();
            if (value != null) {
                options.put(setting, value);
            }
        }
        Settings settings;
        PairpadServer server;
        try {
            settings = Settings.resolve(options, context.environment(),
                    Optional.of(config == null ? Path.of("application.yaml") : config));
            server = PairpadServer.builder().settings(settings).build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            server.start();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new IllegalStateException("cannot start the server on " + settings.text(Setting.HOST).orElse("")
                    + ":" + settings.text(Setting.PORT).orElse("") + ": " + e.getMessage(), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            out.println("Stopping: committing the journal and closing connections...");
            out.flush();
            server.stop();
            out.println("Pairpad stopped.");
            out.flush();
            stopped.countDown();
        }, "pairpad-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Pairpad is running. Open " + server.publicUrl() + " in a browser.");
        out.println("Listening on " + server.url() + ", data: " + (settings.text(Setting.STORE).orElse(Setting.STORE.defaultValue())
                .equals("memory") ? "in memory (lost on exit)" : settings.text(Setting.DATA).orElse(Setting.DATA.defaultValue()))
                + ". Press Ctrl+C to stop.");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
