package dev.pairpad.cli;

import dev.pairpad.api.client.PairpadApiException;
import dev.pairpad.api.client.PairpadClientException;
import dev.pairpad.api.client.PairpadUnreachableException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Turns every failure into one line on stderr and an exit code; stack traces only with {@code --verbose}. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        err.println(command.getColorScheme().errorText("interview: " + message(failure)).toString());
        if (verbose(parseResult)) {
            failure.printStackTrace(err);
        }
        err.flush();
        return exitCode(failure);
    }

    @Override
    public int handleParseException(CommandLine.ParameterException failure, String[] args) {
        CommandLine command = failure.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(command.getColorScheme().errorText("interview: " + failure.getMessage()).toString());
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return ExitCodes.USAGE;
    }

    static int exitCode(Throwable failure) {
        return switch (failure) {
            case DeployCheckCommand.DeployCheckException step -> exitCode(step.getCause());
            case UsageException usage -> ExitCodes.USAGE;
            case PairpadUnreachableException unreachable -> ExitCodes.UNREACHABLE;
            case PairpadClientException server -> ExitCodes.SERVER_FAILURE;
            default -> ExitCodes.SERVER_FAILURE;
        };
    }

    static String message(Throwable failure) {
        return switch (failure) {
            case PairpadUnreachableException unreachable -> unreachable.getMessage()
                    + "; is the server running? Point --server or PAIRPAD_SERVER at it.";
            case PairpadApiException api -> api.getMessage() + (api.getMessage().startsWith("create room")
                    || api.getMessage().startsWith("list rooms") ? adminHint(api.status()) : hint(api.status()));
            case UncheckedIOException io -> io.getMessage();
            default -> failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        };
    }

    private static String adminHint(int status) {
        return switch (status) {
            case 401, 403 -> " (this server wants its admin token: --admin-token or PAIRPAD_ADMIN_TOKEN)";
            case 429 -> " (rate limited; try again shortly)";
            default -> "";
        };
    }

    private static String hint(int status) {
        return switch (status) {
            case 401 -> " (wrong or missing key: pass --key, or use the machine that created the room)";
            case 403 -> " (this key's role may not do that; use the interviewer key)";
            case 404 -> " (check the room id with 'interview list')";
            case 409 -> " (the room is closed)";
            case 429 -> " (rate limited; try again shortly)";
            default -> "";
        };
    }

    private static boolean verbose(ParseResult result) {
        for (ParseResult current = result; current != null; current = current.subcommand()) {
            if (current.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
