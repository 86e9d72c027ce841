package dev.pairpad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code interview} command: create, watch and run Pairpad coding interviews. */
@Command(name = "interview",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Create, watch and run Pairpad coding interviews.",
        subcommands = {
                ServeCommand.class,
                CreateCommand.class,
                ListCommand.class,
                ShowCommand.class,
                HistoryCommand.class,
                CloseCommand.class,
                DeleteCommand.class,
                LanguagesCommand.class,
                TailCommand.class,
                DeployCommand.class,
                LoadtestCommand.class,
                CompletionCommand.class,
        },
        footerHeading = "%nExamples:%n",
        footer = {"  interview serve                  start a server on http://127.0.0.1:8080",
                "  interview create --title \"Backend, Ada\" --language python",
                "  interview tail 3fk2a9            watch a room live from the terminal",
                "  interview deploy init --target fly",
                "",
                "Server: --server, else $PAIRPAD_SERVER, else server= in",
                "~/.config/pairpad/config.properties (folder moved by $PAIRPAD_CONFIG_DIR),",
                "else http://127.0.0.1:8080. Room keys you create are kept in rooms.properties",
                "there (mode 600). NO_COLOR turns colour off."})
public final class Interview implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line for this process, shared by {@link #main}. */
    public static CommandLine commandLine() {
        return commandLine(CliContext.system());
    }

    /** The configured command line in {@code context}: error handling, exit codes in every help, colour. */
    public static CommandLine commandLine(CliContext context) {
        CommandLine line = new CommandLine(Interview.class, new ContextFactory(context));
        ErrorHandler errors = new ErrorHandler();
        line.setExecutionExceptionHandler(errors);
        line.setParameterExceptionHandler(errors);
        // Room ids are URL-safe base64 and may start with '-': such an argument is a ROOM, not an unknown option.
        line.setUnmatchedOptionsArePositionalParams(true);
        line.setColorScheme(CommandLine.Help.defaultColorScheme(
                context.colour() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        documentExitCodes(line);
        return line;
    }

    private static void documentExitCodes(CommandLine line) {
        line.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCodes.help());
        line.getSubcommands().values().forEach(Interview::documentExitCodes);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
