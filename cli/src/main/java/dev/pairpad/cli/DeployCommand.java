package dev.pairpad.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code interview deploy}: groups {@code init} and {@code check}. */
@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = "Write deployment configuration, or smoke-test a deployment.",
        subcommands = {DeployInitCommand.class, DeployCheckCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  interview deploy init --target fly --app acme-interviews",
                "  interview deploy check https://acme-interviews.fly.dev"})
final class DeployCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
