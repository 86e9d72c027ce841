package dev.pairpad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code interview} command: create, watch and run Pairpad coding interviews. */
@Command(name = "interview",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Create, watch and run Pairpad coding interviews.")
public final class Interview implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new Interview());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
